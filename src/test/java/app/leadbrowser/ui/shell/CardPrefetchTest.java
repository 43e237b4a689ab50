package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.card.LeadCardTabs;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualDebouncer;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which cards are prefetched, and when: the table and card ViewModels wired as the app wires them. */
class CardPrefetchTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(200);

    final LeadSelection selection = new LeadSelection();
    final ManualDebouncer hoverDelay = new ManualDebouncer();
    LeadTableViewModel table;
    LeadCardViewModel card;

    void wire(TaskRunner runner) {
        RecordingClipboard clipboard = new RecordingClipboard();
        table = new LeadTableViewModel(sandbox.client(), runner, TimeTexts.system(), selection, clipboard);
        card = new LeadCardViewModel(
                sandbox.client(),
                runner,
                TimeTexts.system(),
                clipboard,
                url -> {},
                selection,
                LeadCardTabs.of(sandbox.client(), runner, TimeTexts.system()));
        CardPrefetch.wire(table, card, selection, hoverDelay);
    }

    static long cardRequests(LeadRowViewModel row) {
        return sandbox.server().requests().all().stream()
                .filter(request -> request.path().equals("/users/" + row.id()))
                .count();
    }

    @Test
    void restingOnARowPrefetchesItsCardOnceAndOpeningItSendsNothingMore() {
        wire(sync);
        table.refresh();
        sync.deliverAll();
        LeadRowViewModel rested = table.getRows().get(3);

        table.hover(rested);
        sync.deliverAll();
        assertTrue(hoverDelay.hasPending());
        assertEquals(0, cardRequests(rested), "nothing is sent before the pointer has rested");
        hoverDelay.elapse();
        sync.deliverAll();
        assertEquals(1, cardRequests(rested));

        table.select(rested);
        sync.deliverAll();
        assertEquals(LeadCardViewModel.State.LOADED, card.getState());
        assertEquals(rested.id(), card.idTextProperty().get());
        assertEquals(1, cardRequests(rested), "the card came from the prefetch");
    }

    @Test
    void passingOverRowsLeavingTheTableOrChangingThePageSendsNothing() {
        wire(sync);
        table.refresh();
        sync.deliverAll();
        LeadRowViewModel passed = table.getRows().get(3);
        LeadRowViewModel left = table.getRows().get(4);
        LeadRowViewModel lastOnPage = table.getRows().get(5);

        table.hover(passed);
        sync.deliverAll();
        table.hover(left);
        sync.deliverAll();
        table.hover(null);
        sync.deliverAll();
        assertFalse(hoverDelay.hasPending());

        table.hover(lastOnPage);
        sync.deliverAll();
        table.nextPage();
        sync.deliverAll();
        assertNull(table.hoveredProperty().get());
        assertFalse(hoverDelay.hasPending());

        hoverDelay.elapse();
        sync.deliverAll();
        assertEquals(0, cardRequests(passed) + cardRequests(left) + cardRequests(lastOnPage));
    }

    @Test
    void aNewerHoverAbortsTheCardPrefetchStillRunning() {
        ManualTaskRunner runner = new ManualTaskRunner();
        wire(runner);
        table.refresh();
        runner.completeAll(); // the page, then the next page and the first row's card, prefetched
        assertEquals(0, runner.pendingCount());

        table.hover(table.getRows().get(3));
        hoverDelay.elapse();
        assertEquals(1, runner.pendingCount());
        table.hover(table.getRows().get(7));
        hoverDelay.elapse();

        assertEquals(2, runner.pendingCount());
        assertTrue(runner.isCancelled(0), "the first prefetch was replaced");
        assertFalse(runner.isCancelled(1));
    }

    @Test
    void restingOnTheSelectedRowSendsNothing() {
        wire(sync);
        table.refresh();
        sync.deliverAll();
        LeadRowViewModel selected = table.getRows().get(6);
        table.select(selected);
        sync.deliverAll();
        sandbox.server().requests().clear();

        table.hover(selected);
        sync.deliverAll();
        hoverDelay.elapse();
        sync.deliverAll();

        assertEquals(0, cardRequests(selected));
    }
}
