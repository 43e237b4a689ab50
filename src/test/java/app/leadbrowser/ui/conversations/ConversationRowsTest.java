package app.leadbrowser.ui.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.card.LeadCardTabs;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The card's Conversations tab against the real sandbox, without the FX toolkit. */
class ConversationRowsTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(2000);
    /** Each lead's conversations, in lead order (the sandbox makes them on request: ask once). */
    static Map<String, List<Conversation>> conversations;

    @BeforeAll
    static void askEachLeadsConversationsOnce() {
        conversations = new LinkedHashMap<>();
        sandbox.server()
                .workspace()
                .leads()
                .forEach(lead -> conversations.put(
                        lead.id(), sandbox.server().workspace().conversations(lead.id())));
    }

    static CursorTabViewModel<ConversationRowViewModel> tab(TaskRunner runner) {
        return ConversationRows.tab(sandbox.client(), runner, TimeTexts.system());
    }

    static String leadWith(Predicate<List<Conversation>> conversations) {
        return ConversationRowsTest.conversations.entrySet().stream()
                .filter(lead -> conversations.test(lead.getValue()))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    static String talkativeLead() {
        return leadWith(list -> list.size() > 40);
    }

    static List<String> ids(CursorTabViewModel<ConversationRowViewModel> vm) {
        return vm.getRows().stream().map(ConversationRowViewModel::id).toList();
    }

    static List<String> expectedIds(String lead) {
        return conversations.get(lead).stream().map(Conversation::id).toList();
    }

    @Test
    void nothingIsAskedUntilTheTabIsShown() {
        ManualTaskRunner runner = new ManualTaskRunner();
        CursorTabViewModel<ConversationRowViewModel> vm = tab(runner);
        vm.showLead(talkativeLead());
        assertEquals(0, runner.pendingCount());

        vm.setActive(true);
        assertEquals(1, runner.pendingCount());
        assertEquals("Loading conversations…", vm.placeholderProperty().get());
        vm.setActive(false);
        vm.setActive(true);
        assertEquals(1, runner.pendingCount(), "shown again: the first page is not asked twice");
    }

    @Test
    void pagesByCursorToTheEndMostRecentFirst() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        String lead = talkativeLead();
        vm.setActive(true);
        vm.showLead(lead);
        sync.deliverAll();
        assertEquals(20, vm.getRows().size(), "the API's default page");
        assertTrue(vm.hasMoreProperty().get());

        int pages = 1;
        while (vm.hasMoreProperty().get()) {
            vm.loadMore();
            sync.deliverAll();
            pages++;
        }
        assertTrue(pages >= 3);
        assertEquals(expectedIds(lead), ids(vm));
        vm.loadMore();
        sync.deliverAll();
        assertEquals(expectedIds(lead).size(), vm.getRows().size(), "nothing more past the end");
        assertEquals("", vm.placeholderProperty().get());
    }

    @Test
    void aRowSaysWhatTheConversationIs() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        String lead = leadWith(list ->
                list.stream().anyMatch(c -> c.assignee() != null && !c.tags().isEmpty()));
        vm.setActive(true);
        vm.showLead(lead);
        sync.deliverAll();
        Conversation expected = conversations.get(lead).stream()
                .filter(c -> c.assignee() != null && !c.tags().isEmpty())
                .findFirst()
                .orElseThrow();
        ConversationRowViewModel row = vm.getRows().stream()
                .filter(r -> r.id().equals(expected.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(expected.type().equals("chat") ? "Chat" : "Email", row.kind());
        assertEquals(expected.closed() ? "Closed" : "Open", row.state());
        assertEquals(expected.partsCount() + " messages", row.parts());
        assertEquals(expected.tags(), row.tags());
        assertEquals(((Map<?, ?>) expected.assignee()).get("name"), row.assignee());
        assertEquals(expected.partLast().body(), row.lastMessage());
        assertFalse(row.author().isEmpty());
        assertFalse(row.time().isEmpty());
        assertEquals(!expected.read(), row.flags().contains("Unread"));
    }

    @Test
    void aLeadWithoutConversationsSaysSo() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        vm.setActive(true);
        vm.showLead(leadWith(List::isEmpty));
        sync.deliverAll();
        assertTrue(vm.getRows().isEmpty());
        assertFalse(vm.hasMoreProperty().get());
        assertEquals("No conversations with this lead", vm.placeholderProperty().get());
    }

    @Test
    void theAnswerForALeadNoLongerShownIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        CursorTabViewModel<ConversationRowViewModel> vm = tab(runner);
        vm.setActive(true);
        String first = talkativeLead();
        String second = leadWith(list -> !list.isEmpty() && list.size() < 20);
        vm.showLead(first);
        vm.showLead(second);
        assertTrue(runner.isCancelled(0));

        runner.complete(0);
        assertTrue(vm.getRows().isEmpty(), "the first lead's page came too late");
        assertTrue(vm.loadingProperty().get());

        runner.complete(0);
        assertEquals(expectedIds(second), ids(vm));
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aPageIsNotAskedTwiceWhileLoading() {
        ManualTaskRunner runner = new ManualTaskRunner();
        CursorTabViewModel<ConversationRowViewModel> vm = tab(runner);
        vm.setActive(true);
        vm.showLead(talkativeLead());
        runner.complete(0);
        vm.loadMore();
        vm.loadMore();
        assertEquals(1, runner.pendingCount());
        runner.complete(0);
        assertEquals(40, vm.getRows().size());
    }

    @Test
    void aFailureKeepsTheRowsAndRetryGoesOn() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        String lead = talkativeLead();
        vm.setActive(true);
        vm.showLead(lead);
        sync.deliverAll();
        sandbox.server().faults().enqueue(Fault.status(500));

        vm.loadMore();
        sync.deliverAll();
        assertEquals(20, vm.getRows().size());
        assertFalse(vm.errorMessageProperty().get().isEmpty());
        assertFalse(vm.errorMessageProperty().get().contains("Exception"), "a sentence, not a trace");
        vm.loadMore();
        sync.deliverAll();
        assertEquals(20, vm.getRows().size(), "scrolling does not hammer a failing server");

        vm.retry();
        sync.deliverAll();
        assertEquals("", vm.errorMessageProperty().get());
        assertEquals(expectedIds(lead).subList(0, 40), ids(vm));
    }

    @Test
    void aFirstPageThatFailsSaysSoInTheList() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        sandbox.server().faults().enqueue(Fault.status(503));
        vm.setActive(true);
        vm.showLead(talkativeLead());
        sync.deliverAll();
        assertEquals(
                "The conversations could not be loaded",
                vm.placeholderProperty().get());
        vm.retry();
        sync.deliverAll();
        assertEquals(20, vm.getRows().size());
        assertEquals("", vm.placeholderProperty().get());
    }

    @Test
    void anUnknownLeadIsAnError() {
        CursorTabViewModel<ConversationRowViewModel> vm = tab(sync);
        vm.setActive(true);
        vm.showLead("123");
        sync.deliverAll();
        assertFalse(vm.errorMessageProperty().get().isEmpty());
        assertTrue(vm.getRows().isEmpty());
    }

    @Test
    void theCardsTabFollowsTheLeadShown() {
        LeadSelection selection = new LeadSelection();
        LeadCardViewModel card = new LeadCardViewModel(
                sandbox.client(),
                sync,
                TimeTexts.system(),
                new RecordingClipboard(),
                url -> {},
                selection,
                LeadCardTabs.of(sandbox.client(), sync, TimeTexts.system()));
        card.conversations().setActive(true);
        sync.deliverAll();
        String lead = talkativeLead();
        selection.select(sandbox.server().workspace().leads().stream()
                .filter(summary -> summary.id().equals(lead))
                .findFirst()
                .orElseThrow());
        sync.deliverAll();
        assertEquals(expectedIds(lead).subList(0, 20), ids(card.conversations()));

        selection.select(null);
        sync.deliverAll();
        assertTrue(card.conversations().getRows().isEmpty());
    }
}
