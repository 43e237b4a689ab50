package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Loading leads by id through the cache and the prefetch, counting the requests the sandbox saw. */
class CachedLoaderTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(50);

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Instant now = Instant.parse("2026-12-07T12:00:00Z");
    private final CachedLoader<String, Lead> loader =
            new CachedLoader<>(runner, id -> sandbox.client().getLead(id), 2, () -> now);
    private final List<String> delivered = new ArrayList<>();

    private String leadId(int index) {
        return sandbox.server().workspace().leads().stream()
                .map(LeadSummary::id)
                .skip(index)
                .findFirst()
                .orElseThrow();
    }

    private void load(String id) {
        loader.load(id, lead -> delivered.add(lead.id()), failure -> delivered.add("failed"));
    }

    private int requests() {
        return sandbox.server().requests().count();
    }

    @Test
    void aCachedValueIsDeliveredAtOnceWithoutAskingAgain() {
        load(leadId(0));
        runner.completeAll();
        load(leadId(0));
        assertEquals(List.of(leadId(0), leadId(0)), delivered);
        assertEquals(1, requests());
        assertEquals(now, loader.fetchedAt(leadId(0)).orElseThrow());
    }

    @Test
    void theLeastRecentlyUsedValueLeavesTheCacheFirst() {
        for (int i = 0; i < 3; i++) {
            load(leadId(i));
            runner.completeAll();
        }
        assertFalse(loader.isCached(leadId(0)));
        assertTrue(loader.isCached(leadId(2)));
    }

    @Test
    void aLoadOfThePrefetchedKeyWaitsForThePrefetch() {
        loader.prefetch(leadId(1));
        load(leadId(1));
        assertEquals(List.of(), delivered);
        runner.completeAll();
        assertEquals(List.of(leadId(1)), delivered);
        assertEquals(1, requests());
    }

    @Test
    void aFailedPrefetchTheUserWaitsForIsReportedNotAskedAgain() {
        sandbox.server().faults().enqueue(Fault.status(500));
        loader.prefetch(leadId(1));
        load(leadId(1));
        runner.completeAll();
        assertEquals(List.of("failed"), delivered);
        assertEquals(1, requests());
    }

    @Test
    void aLoadOfAnotherKeyStopsThePrefetchAndDropsItsAnswer() {
        loader.prefetch(leadId(1));
        load(leadId(2));
        runner.completeAll();
        assertEquals(List.of(leadId(2)), delivered);
        assertFalse(loader.isCached(leadId(1)));
    }

    @Test
    void forgettingAKeyMakesItsNextLoadAskTheServer() {
        load(leadId(0));
        runner.completeAll();
        loader.forget(leadId(0));
        load(leadId(0));
        runner.completeAll();
        assertEquals(2, requests());
    }
}
