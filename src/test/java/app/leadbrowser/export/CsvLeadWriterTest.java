package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLeadWriterTest {

    @Test
    void writesIdPresenceThenEveryPropSortedWithQuoting() throws Exception {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("$name", "Smith, \"Jo\"");
        first.put("$sessions", 3);
        first.put("$balance", -5);
        LeadSummary a = new LeadSummary("1", Presence.ONLINE, first);
        LeadSummary b = new LeadSummary("2", Presence.OFFLINE, Map.of("tags", List.of("a", "=b"), "$email", "=cmd"));
        assertEquals(
                "id,presence,$balance,$email,$name,$sessions,tags\r\n"
                        + "1,online,-5,,\"Smith, \"\"Jo\"\"\",3,\r\n"
                        + "2,offline,,'=cmd,,,\"a, '=b\"\r\n",
                csv(List.of(a, b)));
    }

    @Test
    void guardsTheHeaderRowToo() throws Exception {
        // a site visitor can name a property through the tracking script
        LeadSummary lead = new LeadSummary("1", Presence.OFFLINE, Map.of("=HYPERLINK(\"http://x\")", "y"));
        assertEquals("id,presence,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n1,offline,y\r\n", csv(List.of(lead)));
    }

    @Test
    void quotesAndGuardsWhatSemicolonAndTabSpreadsheetsSplitOff() throws Exception {
        LeadSummary lead = new LeadSummary("1", Presence.OFFLINE, Map.of("a", "x;=1+1", "b", "y\t@cmd", "c", "\r-2+3"));
        assertEquals("id,presence,a,b,c\r\n1,offline,\"x;'=1+1\",\"y\t'@cmd\",\"\r'-2+3\"\r\n", csv(List.of(lead)));
    }

    private static String csv(List<LeadSummary> leads) throws Exception {
        return Written.csv(ColumnPlan.rawKeys(), leads);
    }
}
