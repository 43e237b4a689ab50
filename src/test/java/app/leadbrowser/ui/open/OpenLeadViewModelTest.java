package app.leadbrowser.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "Open lead" box against the sandbox: by Dashly id, by User ID, not found, failures and stale answers. */
class OpenLeadViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(300);

    final List<LeadSummary> opened = new ArrayList<>();

    OpenLeadViewModel box(TaskRunner runner) {
        RecentLeadsViewModel recents =
                new RecentLeadsViewModel("ws", PerWorkspaceStore.inMemory(RecentLeadsFile.STORE), TimeTexts.system());
        return new OpenLeadViewModel(sandbox.client(), runner, recents, opened::add);
    }

    static LeadSummary leadWithUserId() {
        return sandbox.server().workspace().leads().stream()
                .filter(lead -> PropValues.isKnown(lead.prop("$user_id")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDashlyIdOpensThatLeadsCard() {
        LeadSummary lead = sandbox.server().workspace().leads().get(150);
        OpenLeadViewModel vm = box(sync);
        vm.inputProperty().set("  " + lead.id() + " ");
        sync.deliverAll();
        vm.open();
        sync.deliverAll();

        assertEquals(List.of(lead.id()), opened.stream().map(LeadSummary::id).toList());
        assertEquals(lead.prop("$name"), opened.get(0).prop("$name"));
        assertTrue(vm.openedProperty().get());
        assertEquals("", vm.getMessage());
    }

    @Test
    void aUserIdOpensTheLeadThatHasIt() {
        LeadSummary lead = leadWithUserId();
        OpenLeadViewModel vm = box(sync);
        vm.inputProperty().set(PropValues.text(lead.prop("$user_id")));
        sync.deliverAll();
        vm.open();
        sync.deliverAll();

        assertEquals(List.of(lead.id()), opened.stream().map(LeadSummary::id).toList());
    }

    @Test
    void notFoundIsSaidInPlaceAndNoLeadIsCreated() {
        int leadsBefore = sandbox.server().workspace().size();
        OpenLeadViewModel vm = box(sync);
        vm.inputProperty().set("987654321987");
        sync.deliverAll();
        vm.open();
        sync.deliverAll();
        assertEquals("No lead has the id or User ID “987654321987”.", vm.getMessage());

        vm.inputProperty().set("nobody@example");
        sync.deliverAll();
        vm.open();
        sync.deliverAll();
        assertEquals("No lead has the User ID “nobody@example”.", vm.getMessage());

        assertTrue(opened.isEmpty());
        assertFalse(vm.openedProperty().get());
        assertEquals(leadsBefore, sandbox.server().workspace().size(), "looking a User ID up never creates a lead");
        assertTrue(sandbox.server().requests().all().stream()
                .noneMatch(r -> r.toString().contains("by_user_id")));
    }

    @Test
    void emptyInputAsksForAnIdWithoutARequest() {
        int before = sandbox.server().requests().count();
        OpenLeadViewModel vm = box(sync);
        vm.inputProperty().set(" # ");
        sync.deliverAll();
        vm.open();
        sync.deliverAll();
        assertEquals("Type a lead id or a User ID.", vm.getMessage());
        assertEquals(before, sandbox.server().requests().count());
    }

    @Test
    void aServerFailureIsSaidInWords() {
        sandbox.server().faults().enqueue(Fault.status(500));
        OpenLeadViewModel vm = box(sync);
        vm.inputProperty().set("someone");
        sync.deliverAll();
        vm.open();
        sync.deliverAll();
        assertTrue(
                vm.getMessage().startsWith("The lead could not be looked up: Dashly had an internal error"),
                vm.getMessage());
        assertFalse(vm.searchingProperty().get());
    }

    @Test
    void onlyTheLastLookupCounts() {
        LeadSummary first = sandbox.server().workspace().leads().get(1);
        LeadSummary second = sandbox.server().workspace().leads().get(2);
        ManualTaskRunner runner = new ManualTaskRunner();
        OpenLeadViewModel vm = box(runner);
        vm.inputProperty().set(first.id());
        vm.open();
        assertTrue(vm.searchingProperty().get());
        vm.inputProperty().set(second.id());
        vm.open();
        runner.completeAll();

        assertEquals(List.of(second.id()), opened.stream().map(LeadSummary::id).toList());
    }

    @Test
    void aRecentLeadOpensWithoutALookup() {
        OpenLeadViewModel vm = box(sync);
        int before = sandbox.server().requests().count();
        vm.openRecent(new RecentLead("42", "Anna", "anna@example.com", 0));
        sync.deliverAll();
        assertEquals("42", opened.get(0).id());
        assertEquals("Anna", opened.get(0).prop("$name"));
        assertEquals(before, sandbox.server().requests().count());
        assertTrue(vm.openedProperty().get());
    }
}
