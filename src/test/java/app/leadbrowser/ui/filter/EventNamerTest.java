package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.http.Sleeper;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Event types get their names from lead cards (the API lists none), only once shown: every type the rows show is
 * named after a few card requests when the picker lists them, a type only a filter names is named through a lead the list method finds, and a server that
 * fails is not asked again and again.
 */
class EventNamerTest {
    static SandboxServer sandbox;
    static DashlyClient client;

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final PropertyCatalog catalog = new PropertyCatalog();

    @BeforeAll
    static void start() throws Exception {
        Texts.use(Locale.ENGLISH);
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(400));
        client = SandboxClients.withoutRetries(sandbox);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @BeforeEach
    void clearLog() {
        sandbox.requests().clear();
    }

    @Test
    void everyEventTypeTheRowsShowIsNamedAfterAFewCards() throws ApiException {
        List<LeadSummary> rows =
                client.listLeads(LeadQuery.defaults().withLimit(50)).execute().leads();
        rows.forEach(catalog::learnFrom);
        sandbox.requests().clear();
        new EventNamer(catalog, client, runner);
        runner.deliverAll();
        assertEquals(0, sandbox.requests().count(), "no names asked for until they are shown");

        catalog.wantAllEventNames(); // the property picker opens
        Set<String> unnamed = catalog.eventsToName();
        assertTrue(unnamed.size() >= 5, "the rows show event types: " + unnamed);
        runner.deliverAll();

        assertEquals(Set.of(), catalog.eventsToName());
        assertEquals(
                "Viewed product · last", catalog.resolveKey("$event_5801_last").label());
        int requests = sandbox.requests().count();
        assertTrue(requests < unnamed.size(), "one card names several types: " + requests + " requests");
        assertTrue(
                sandbox.requests().all().stream().allMatch(r -> r.path().startsWith("/users/")),
                "only cards of leads the rows showed are asked for");
    }

    @Test
    void anEventTypeOnlyAFilterNamesIsNamedThroughALeadThatHasIt() {
        catalog.learnKey("$event_5813_last");
        assertEquals("Event 5813 · last", catalog.resolveKey("$event_5813_last").label());

        new EventNamer(catalog, client, runner);
        runner.deliverAll();

        assertEquals(
                "Viewed pricing · last", catalog.resolveKey("$event_5813_last").label());
    }

    @Test
    void aRefusedRequestStopsTheNamingUntilTheCatalogLearnsMore() {
        DashlyClient refused = new DashlyClient(ClientConfig.of(sandbox.baseUrl(), sandbox.appId(), "not-the-token")
                .withRetries(RetryPolicy.none(), Sleeper.SYSTEM));
        catalog.learnKey("$event_5813_last");
        catalog.learnKey("$event_5801_last");

        new EventNamer(catalog, refused, runner);
        runner.deliverAll();

        assertEquals(1, sandbox.requests().count(), "one refused request, not one per event type");
        assertFalse(catalog.eventsToName().isEmpty());
        refused.close();
    }
}
