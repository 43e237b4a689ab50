package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A lead's history, page by page along the API's cursor, against the real sandbox. */
class TimelineEventsTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(400);

    static CursorTabViewModel<TimelineEventViewModel> timeline(TaskRunner runner) {
        return TimelineEvents.tab(sandbox.client(), runner, TimeTexts.system());
    }

    /** A lead with more than {@code pages} pages of events. */
    static String leadWithPages(int pages) {
        return sandbox.server().workspace().leads().stream()
                .map(LeadSummary::id)
                .filter(id -> sandbox.server().workspace().events(id).size() > pages * TimelineEvents.PAGE_SIZE)
                .findFirst()
                .orElseThrow();
    }

    static List<String> ids(CursorTabViewModel<TimelineEventViewModel> timeline) {
        return timeline.getRows().stream().map(TimelineEventViewModel::id).collect(Collectors.toList());
    }

    static List<String> sandboxIds(String leadId, int count) {
        return sandbox.server().workspace().events(leadId).stream()
                .limit(count)
                .map(LeadEvent::id)
                .collect(Collectors.toList());
    }

    @Test
    void loadsNothingUntilShown() {
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        int before = sandbox.server().requests().count();
        timeline.showLead(leadWithPages(1));
        sync.deliverAll();
        assertEquals(before, sandbox.server().requests().count());
        timeline.setActive(true);
        sync.deliverAll();
        assertEquals(before + 1, sandbox.server().requests().count());
    }

    @Test
    void pagesAlongTheCursorNewestFirst() {
        String lead = leadWithPages(2);
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        timeline.setActive(true);
        timeline.showLead(lead);
        sync.deliverAll();
        assertEquals(sandboxIds(lead, TimelineEvents.PAGE_SIZE), ids(timeline));
        assertTrue(timeline.hasMoreProperty().get());

        timeline.loadMore();
        sync.deliverAll();
        assertEquals(sandboxIds(lead, 2 * TimelineEvents.PAGE_SIZE), ids(timeline));
        while (timeline.hasMoreProperty().get()) {
            timeline.loadMore();
            sync.deliverAll();
        }
        assertEquals(sandboxIds(lead, Integer.MAX_VALUE), ids(timeline), "every event once, in order");
        int requests = sandbox.server().requests().count();
        timeline.loadMore();
        sync.deliverAll();
        assertEquals(requests, sandbox.server().requests().count(), "nothing past the end");
    }

    @Test
    void showsTypeTimeAndProperties() {
        String lead = leadWithPages(1);
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        timeline.setActive(true);
        timeline.showLead(lead);
        sync.deliverAll();
        LeadEvent newest = sandbox.server().workspace().events(lead).get(0);
        TimelineEventViewModel row = timeline.getRows().get(0);
        assertEquals(newest.type().name(), row.type());
        assertEquals(TimeTexts.system().shortDateTime(newest.createdAt()), row.timeText());
        assertEquals(TimelineEvents.summaryOf(newest.props()), row.summary());
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("product", "Lamp");
        props.put("price", 25);
        props.put("coupon", null);
        assertEquals("product: Lamp · price: 25", TimelineEvents.summaryOf(props));
    }

    @Test
    void saysWhenTheLeadHasNoEvents() {
        String quiet = sandbox.server().workspace().leads().stream()
                .map(LeadSummary::id)
                .filter(id -> sandbox.server().workspace().events(id).isEmpty())
                .findFirst()
                .orElseThrow();
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        timeline.setActive(true);
        timeline.showLead(quiet);
        sync.deliverAll();
        assertTrue(timeline.getRows().isEmpty());
        assertEquals("No events yet", timeline.placeholderProperty().get());
    }

    @Test
    void aResultForTheLeadBeforeIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(runner);
        timeline.setActive(true);
        String first = leadWithPages(1);
        String second = sandbox.server().workspace().leads().stream()
                .map(LeadSummary::id)
                .filter(id -> !id.equals(first)
                        && !sandbox.server().workspace().events(id).isEmpty())
                .findFirst()
                .orElseThrow();
        timeline.showLead(first);
        timeline.showLead(second);
        assertTrue(runner.isCancelled(0));
        runner.completeAll();
        assertEquals(sandboxIds(second, TimelineEvents.PAGE_SIZE), ids(timeline));
    }

    @Test
    void aFailedPageKeepsWhatIsShownAndCanBeRetried() {
        String lead = leadWithPages(2);
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        timeline.setActive(true);
        timeline.showLead(lead);
        sync.deliverAll();
        sandbox.server().faults().enqueue(Fault.status(500));
        timeline.loadMore();
        sync.deliverAll();
        assertEquals(TimelineEvents.PAGE_SIZE, timeline.getRows().size());
        assertTrue(timeline.errorMessageProperty().get().startsWith("The history could not be loaded: "));
        assertFalse(timeline.isLoading());

        int requests = sandbox.server().requests().count();
        timeline.loadMore();
        sync.deliverAll();
        assertEquals(requests, sandbox.server().requests().count(), "scrolling does not hammer a failing server");
        timeline.retry();
        sync.deliverAll();
        assertEquals("", timeline.errorMessageProperty().get());
        assertEquals(sandboxIds(lead, 2 * TimelineEvents.PAGE_SIZE), ids(timeline));
    }

    @Test
    void anUnknownLeadSaysSoInline() {
        CursorTabViewModel<TimelineEventViewModel> timeline = timeline(sync);
        timeline.setActive(true);
        timeline.showLead("999999999999");
        sync.deliverAll();
        assertFalse(timeline.errorMessageProperty().get().isEmpty());
        assertTrue(timeline.getRows().isEmpty());
    }
}
