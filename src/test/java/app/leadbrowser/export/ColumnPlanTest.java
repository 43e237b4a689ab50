package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The columns of an export for people: the given ones first, then id and presence, then the rest by header. */
class ColumnPlanTest {
    static final ColumnPlan.Wording WORDS = new ColumnPlan.Wording() {
        @Override
        public String idHeader() {
            return "ID";
        }

        @Override
        public String presenceHeader() {
            return "Presence";
        }

        @Override
        public String presence(Presence presence) {
            return presence == Presence.UNKNOWN ? "" : "is " + presence.wireName();
        }

        @Override
        public String propertyHeader(String key) {
            return key.equals("$utm_source") ? "UTM source" : key.replace("$", "");
        }
    };

    @Test
    void theGivenColumnsComeFirstUnderTheirHeadersThenIdPresenceAndTheRestByHeader() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("zeta", "z");
        props.put("$utm_source", "ads");
        props.put("$email", "jo@example.com");
        props.put("$name", "Jo");
        props.put("Alpha", 1);
        LeadSummary jo = new LeadSummary("7", Presence.ONLINE, props);
        LeadSummary unknown = new LeadSummary("8", Presence.UNKNOWN, Map.of("$name", "Ann"));
        ColumnPlan plan = ColumnPlan.forPeople(
                List.of(
                        new ColumnPlan.Labelled("$name", "Name"),
                        new ColumnPlan.Labelled("$phone", "Phone"),
                        new ColumnPlan.Labelled("$email", "Email")),
                WORDS);

        assertEquals(
                "Name,Phone,Email,ID,Presence,Alpha,UTM source,zeta\r\n"
                        + "Jo,,jo@example.com,7,is online,1,ads,z\r\n"
                        + "Ann,,,8,,,,\r\n",
                csv(plan, List.of(jo, unknown)));
    }

    @Test
    void aHeaderMetTwiceIsToldApartByItsKey() throws Exception {
        LeadSummary lead = new LeadSummary("1", Presence.OFFLINE, Map.of("$name", "Jo", "name", "jo", "ID", "x"));
        ColumnPlan plan = ColumnPlan.forPeople(List.of(new ColumnPlan.Labelled("$name", "name")), WORDS);

        assertEquals("name,ID,Presence,ID (ID),name (name)\r\nJo,1,is offline,x,jo\r\n", csv(plan, List.of(lead)));
    }

    @Test
    void rawKeysAreIdPresenceThenEveryKeySorted() throws Exception {
        LeadSummary lead = new LeadSummary("1", Presence.IDLE, Map.of("$name", "Jo", "$email", "e"));
        assertEquals("id,presence,$email,$name\r\n1,idle,e,Jo\r\n", csv(ColumnPlan.rawKeys(), List.of(lead)));
    }

    private static String csv(ColumnPlan plan, List<LeadSummary> leads) throws Exception {
        return Written.csv(plan, leads);
    }
}
