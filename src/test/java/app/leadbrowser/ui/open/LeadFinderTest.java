package app.leadbrowser.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.ui.common.ImmediateDebouncer;
import app.leadbrowser.ui.common.ManualDebouncer;
import app.leadbrowser.ui.common.QueuedDeliveryTaskRunner;
import app.leadbrowser.ui.common.QueuedDeliveryTaskRunner.Arrival;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding anyone as one types, against the sandbox: what is matched, when requests go, and the newest one wins. */
class LeadFinderTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(400);

    static final Duration WAIT = Duration.ofSeconds(10);

    static LeadSummary leadWith(String prop, Predicate<String> also) {
        return sandbox.server().workspace().leads().stream()
                .filter(lead -> PropValues.isKnown(lead.prop(prop)))
                .filter(lead -> also.test(PropValues.text(lead.prop(prop))))
                .findFirst()
                .orElseThrow();
    }

    static List<String> ids(LeadFinder finder) {
        return finder.getFound().stream().map(LeadSummary::id).toList();
    }

    final SyncTaskRunner sync = new SyncTaskRunner();

    LeadFinder finder() {
        return new LeadFinder(sandbox::client, sync, new ImmediateDebouncer());
    }

    /** Types {@code text} and lets its answer arrive. */
    void search(LeadFinder finder, String text) {
        finder.search(text);
        sync.deliverAll();
    }

    @Test
    void partOfAnEmailFindsTheLead() {
        LeadSummary lead = leadWith("$email", email -> email.length() > 8);
        String email = PropValues.text(lead.prop("$email"));
        LeadFinder finder = finder();
        search(finder, email.substring(1, email.length() - 2).toUpperCase(java.util.Locale.ROOT));

        assertTrue(ids(finder).contains(lead.id()), ids(finder).toString());
        assertEquals("", finder.getMessage());
        assertFalse(finder.searchingProperty().get());
    }

    @Test
    void aNameAPhoneAUserIdAndAnIdEachFindTheLead() {
        LeadSummary named = leadWith("$name", name -> name.length() > 5);
        LeadSummary phoned = leadWith("$phone", phone -> phone.length() > 6);
        LeadSummary withUserId = leadWith("$user_id", id -> true);
        LeadSummary any = sandbox.server().workspace().leads().get(123);
        LeadFinder finder = finder();

        search(finder, PropValues.text(named.prop("$name")));
        assertTrue(ids(finder).contains(named.id()));
        search(finder, PropValues.text(phoned.prop("$phone")));
        assertTrue(ids(finder).contains(phoned.id()));
        search(finder, PropValues.text(withUserId.prop("$user_id")));
        assertEquals(withUserId.id(), ids(finder).get(0));
        search(finder, "#" + any.id());
        assertEquals(any.id(), ids(finder).get(0), "the lead with that id comes first");
        assertEquals(any.prop("$name"), finder.getFound().get(0).prop("$name"));
    }

    @Test
    void oneOrGroupIsSentOnceTypingPausesAndAtMostEightLeadsShow() {
        ManualDebouncer quiet = new ManualDebouncer();
        LeadFinder finder = new LeadFinder(sandbox::client, sync, quiet);
        for (String typed : List.of("g", "gm", "gma", "gmail")) {
            finder.search(typed);
        }
        assertTrue(finder.searchingProperty().get());
        assertEquals(0, sandbox.server().requests().count(), "nothing is sent while typing");
        quiet.elapse();
        sync.deliverAll();

        List<RecordedRequest> sent = sandbox.server().requests().all();
        assertEquals(1, sent.size());
        assertEquals(
                FilterJson.write(LeadFinder.filterFor("gmail")), sent.get(0).param("filters"));
        assertTrue(
                sent.get(0).param("filters").contains("\"type\":\"or\""),
                sent.get(0).param("filters"));
        assertEquals(LeadFinder.LIMIT, finder.getFound().size());
        assertTrue(finder.getFound().stream()
                .allMatch(lead -> PropValues.text(lead.prop("$email")).contains("gmail")
                        || PropValues.text(lead.prop("$name")).toLowerCase().contains("gmail")));
    }

    @Test
    void tooShortTextClearsTheListWithoutARequest() {
        LeadFinder finder = finder();
        search(finder, "gmail");
        assertFalse(finder.getFound().isEmpty());
        int before = sandbox.server().requests().count();
        search(finder, " g ");
        assertTrue(finder.getFound().isEmpty());
        assertFalse(finder.searchingProperty().get());
        assertEquals(before, sandbox.server().requests().count());
    }

    @Test
    void noMatchAndAFailureAreSaidInWords() {
        LeadFinder finder = finder();
        search(finder, "zzqx-nobody");
        assertEquals("No lead’s name, email, phone, User ID or id matches “zzqx-nobody”.", finder.getMessage());

        sandbox.server().faults().enqueue(Fault.status(500));
        search(finder, "gmail");
        assertTrue(
                finder.getMessage().startsWith("Leads could not be searched: Dashly had an internal error"),
                finder.getMessage());
        assertTrue(finder.getFound().isEmpty());
    }

    @Test
    void aNewSearchCancelsTheSlowOlderOneWhichThenSaysNothing() throws Exception {
        LeadSummary first = leadWith("$email", email -> email.length() > 8);
        LeadSummary second = leadWith("$email", email -> email.length() > 8 && !email.equals(first.prop("$email")));
        sandbox.server().faults().enqueue(Fault.stall(Duration.ofMillis(800))); // the older request is slow
        ManualDebouncer quiet = new ManualDebouncer();
        try (QueuedDeliveryTaskRunner runner = new QueuedDeliveryTaskRunner()) {
            LeadFinder finder = new LeadFinder(sandbox::client, runner, quiet);
            finder.search(PropValues.text(first.prop("$email")));
            quiet.elapse();
            finder.search(PropValues.text(second.prop("$email")));
            quiet.elapse();

            Arrival one = runner.deliverNext(WAIT);
            Arrival other = runner.deliverNext(WAIT);
            Arrival older = one.task() == 0 ? one : other;
            Arrival newer = one.task() == 0 ? other : one;

            assertNull(newer.failure());
            assertInstanceOf(CancelledException.class, older.failure(), "the older call was cancelled");
            assertEquals(List.of(second.id()), ids(finder));
            assertEquals("", finder.getMessage(), "a cancelled search says nothing");
            assertFalse(finder.searchingProperty().get());
        }
    }

    @Test
    void theNewestSearchWinsWhenAnOlderAnswerArrivesLater() throws Exception {
        LeadSummary first = leadWith("$email", email -> email.length() > 8);
        LeadSummary second = leadWith("$email", email -> email.length() > 8 && !email.equals(first.prop("$email")));
        ManualDebouncer quiet = new ManualDebouncer();
        try (QueuedDeliveryTaskRunner runner = new QueuedDeliveryTaskRunner()) {
            LeadFinder finder = new LeadFinder(sandbox::client, runner, quiet);
            finder.search(PropValues.text(first.prop("$email")));
            quiet.elapse();
            Arrival older = runner.next(WAIT); // answered before the new text, but still on its way to the FX thread
            finder.search(PropValues.text(second.prop("$email")));
            quiet.elapse();
            Arrival newer = runner.next(WAIT);

            newer.deliver().run();
            older.deliver().run();

            assertNull(older.failure());
            assertEquals(List.of(second.id()), ids(finder));
        }
    }
}
