package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The card's ViewModel against the real sandbox, without the FX toolkit. */
class LeadCardViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(500);

    final LeadSelection selection = new LeadSelection();
    final RecordingClipboard clipboard = new RecordingClipboard();
    final List<String> opened = new ArrayList<>();

    LeadCardViewModel card(TaskRunner runner) {
        return new LeadCardViewModel(
                sandbox.client(),
                runner,
                TimeTexts.system(),
                clipboard,
                opened::add,
                selection,
                LeadCardTabs.of(sandbox.client(), runner, TimeTexts.system()));
    }

    static Lead richestLead() {
        return sandbox.server().workspace().leads().stream()
                .map(summary -> sandbox.server().workspace().lead(summary.id()).orElseThrow())
                .filter(lead -> !lead.notes().isEmpty()
                        && !lead.events().isEmpty()
                        && !lead.segments().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    static LeadSummary summaryOf(Lead lead) {
        return new LeadSummary(lead.id(), lead.presence(), lead.props());
    }

    @Test
    void selectingALeadLoadsItsCardWithEveryTab() {
        LeadCardViewModel vm = card(sync);
        Lead expected = richestLead();
        selection.select(summaryOf(expected));
        sync.deliverAll();

        assertEquals(LeadCardViewModel.State.LOADED, vm.getState());
        assertEquals(expected.id(), vm.idTextProperty().get());
        assertEquals(
                PropValues.text(expected.props().get("$email")),
                vm.emailProperty().get());
        assertEquals(
                expected.props().size()
                        + expected.propsEvents().size()
                        + expected.propsCustom().size(),
                vm.getProperties().size());
        assertEquals(
                expected.events().stream()
                        .map(e -> e.eventType().name())
                        .sorted()
                        .collect(Collectors.toList()),
                vm.getEvents().stream().map(EventRowViewModel::name).sorted().collect(Collectors.toList()));
        assertEquals(expected.segments().stream().map(s -> s.name()).collect(Collectors.toList()), vm.getSegments());
        assertEquals(expected.tags(), vm.getTags());
        assertEquals(
                expected.notes().stream().map(n -> n.body()).collect(Collectors.toList()),
                vm.getNotes().stream().map(NoteViewModel::body).collect(Collectors.toList()));
    }

    @Test
    void propertySearchNarrowsTheProperties() {
        LeadCardViewModel vm = card(sync);
        selection.select(summaryOf(richestLead()));
        sync.deliverAll();
        vm.propertySearchProperty().set("email");
        sync.deliverAll();
        assertFalse(vm.getShownProperties().isEmpty());
        assertTrue(vm.getShownProperties().size() < vm.getProperties().size());
        assertTrue(vm.getShownProperties().stream().allMatch(row -> row.matches("email")));
    }

    @Test
    void copyAsJsonCopiesTheUserObjectPrettyPrinted() throws Exception {
        LeadCardViewModel vm = card(sync);
        Lead expected = richestLead();
        selection.select(summaryOf(expected));
        sync.deliverAll();
        vm.copyAsJson();
        sync.deliverAll();
        assertTrue(clipboard.last().contains("\n"));
        assertEquals(
                expected.id(),
                Json.mapper().readTree(clipboard.last()).path("id").asText());
    }

    @Test
    void aFailedLoadSaysWhyAndRetryLoadsTheCard() {
        LeadCardViewModel vm = card(sync);
        sandbox.server().faults().enqueue(Fault.status(500));
        selection.select(summaryOf(richestLead()));
        sync.deliverAll();

        assertEquals(LeadCardViewModel.State.FAILED, vm.getState());
        assertFalse(vm.getErrorMessage().isEmpty());
        vm.retry();
        sync.deliverAll();
        assertEquals(LeadCardViewModel.State.LOADED, vm.getState());
    }

    @Test
    void anUnknownLeadIsAnErrorNotACrash() {
        LeadCardViewModel vm = card(sync);
        vm.showLead("999999999999");
        sync.deliverAll();
        assertEquals(LeadCardViewModel.State.FAILED, vm.getState());
        assertFalse(vm.getErrorMessage().isEmpty());
    }

    @Test
    void aNewSelectionCancelsTheLoadBeforeAndItsLateResultIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadCardViewModel vm = card(runner);
        List<LeadSummary> leads = sandbox.server().workspace().leads();
        selection.select(leads.get(0));
        selection.select(leads.get(1));
        assertTrue(runner.isCancelled(0));

        runner.complete(1);
        runner.complete(0);
        assertEquals(leads.get(1).id(), vm.idTextProperty().get());
    }

    @Test
    void clearingTheSelectionEmptiesTheCard() {
        LeadCardViewModel vm = card(sync);
        selection.select(summaryOf(richestLead()));
        sync.deliverAll();
        selection.select(null);
        sync.deliverAll();
        assertEquals(LeadCardViewModel.State.EMPTY, vm.getState());
        assertNull(vm.leadProperty().get());
        assertEquals(Texts.get("card.noLead"), vm.statusTextProperty().get());
    }

    @Test
    void onlyWebMapLinksAreOpened() {
        assertTrue(LeadCardTexts.isWebLink("https://maps.example.com/?q=1,2"));
        assertTrue(LeadCardTexts.isWebLink("http://maps.example.com/"));
        assertFalse(LeadCardTexts.isWebLink("file:///etc/passwd"));
        assertFalse(LeadCardTexts.isWebLink("javascript:alert(1)"));
        assertFalse(LeadCardTexts.isWebLink(null));
    }

    @Test
    void initialsOfNoteAuthors() {
        assertEquals("MP", NoteViewModel.initialsOf("maks petrov ivanovich"));
        assertEquals("M", NoteViewModel.initialsOf("Maks"));
        assertEquals("?", NoteViewModel.initialsOf(" "));
    }

    @Test
    void aPrefetchThatFailsWhileTheUserWaitsForItIsReportedNotAskedAgain() {
        LeadCardViewModel vm = card(sync);
        LeadSummary lead = sandbox.server().workspace().leads().get(3);
        sandbox.server().faults().enqueue(Fault.status(500));
        vm.prefetch(lead.id());
        selection.select(lead);
        assertEquals(LeadCardViewModel.State.LOADING, vm.getState());
        sync.deliverAll();

        assertEquals(LeadCardViewModel.State.FAILED, vm.getState());
        assertEquals(1, sandbox.server().requests().count(), "the client's own tries are all the action gets");
    }

    @Test
    void aPropertyReadsAsADateByItsKnownTypeNotByTheLookOfItsValue() {
        LeadCardViewModel vm = card(sync);
        selection.select(summaryOf(richestLead()));
        sync.deliverAll();
        for (PropertyRowViewModel row : vm.getProperties()) {
            boolean date = row.kind() == PropertyRowViewModel.Kind.DATE;
            assertEquals(
                    PropertyLabels.isDate(row.name()) && !row.raw().isBlank(), date, row.name() + " = " + row.raw());
        }
    }
}
