package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window's workspaces without the FX toolkit: a synchronous runner; the demo and "Shop" open on a real sandbox,
 * "Broken" fails as a workspace without its token does.
 */
class MainWindowViewModelTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(300);

    private static final Workspace SHOP = new Workspace("shop", "Shop", "1", "https://shop.example");
    private static final Workspace BROKEN = new Workspace("broken", "Broken", "2", "https://broken.example");

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final MainWindowViewModel vm = new MainWindowViewModel(
            runner,
            workspace -> {
                if (workspace.equals(BROKEN)) {
                    throw new WorkspaceUnavailableException("No token is stored for \"Broken\"");
                }
                return new WorkspaceConnector.Connection(
                        workspace, SandboxClients.withoutRetries(sandbox.server()), null);
            },
            this::session,
            TimeTexts.system());

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void aWorkspaceThatFailsToOpenShowsNoOtherWorkspacesRowsOrCount() {
        vm.setWorkspaces(List.of(Workspace.demo(), BROKEN));
        vm.switchTo(Workspace.demo());
        runner.deliverAll();
        assertEquals("300 leads", vm.statusTotalProperty().get());

        vm.switchTo(BROKEN);

        runner.deliverAll();

        assertNull(vm.getSession(), "the demo's rows are not shown under Broken's failure");
        assertEquals("", vm.statusTotalProperty().get());
        assertEquals("", vm.statusLoadedProperty().get());
        assertEquals(BROKEN, vm.activeWorkspaceProperty().get(), "the status bar names Broken, which is shown");
        assertEquals(
                "Could not open Broken: No token is stored for \"Broken\"",
                vm.connectErrorProperty().get());
        assertEquals("Back to Demo workspace", vm.backToProperty().get());
        assertTrue(vm.canEditFailedProperty().get());
    }

    @Test
    void backGoesToTheWorkspaceShownBeforeWithItsRows() {
        vm.setWorkspaces(List.of(Workspace.demo(), SHOP, BROKEN));
        vm.switchTo(Workspace.demo());
        runner.deliverAll();
        vm.switchTo(SHOP);
        runner.deliverAll();
        vm.switchTo(BROKEN);
        runner.deliverAll();
        assertEquals("Back to Shop", vm.backToProperty().get());

        vm.goBack();

        runner.deliverAll();

        assertEquals(SHOP, vm.getSession().workspace());
        assertEquals("300 leads", vm.statusTotalProperty().get());
        assertEquals("", vm.connectErrorProperty().get());
        assertEquals("", vm.backToProperty().get());
        assertFalse(vm.canEditFailedProperty().get());
    }

    @Test
    void aWorkspaceFailingAtStartOffersTheDemo() {
        vm.setWorkspaces(List.of(Workspace.demo(), BROKEN));

        vm.switchTo(BROKEN);

        runner.deliverAll();

        assertEquals("Back to Demo workspace", vm.backToProperty().get());
        vm.goBack();
        runner.deliverAll();
        assertEquals(Workspace.demo(), vm.getSession().workspace());
    }

    @Test
    void retryingAFailedWorkspaceStillShowsNoRows() {
        vm.setWorkspaces(List.of(Workspace.demo(), BROKEN));
        vm.switchTo(Workspace.demo());
        runner.deliverAll();
        vm.switchTo(BROKEN);
        runner.deliverAll();

        vm.retryConnect();

        runner.deliverAll();

        assertNull(vm.getSession());
        assertEquals("", vm.statusTotalProperty().get());
        assertEquals("Back to Demo workspace", vm.backToProperty().get());
    }

    private WorkspaceSession session(WorkspaceConnector.Connection connection) {
        LeadSelection selection = new LeadSelection();
        LeadTableViewModel table = new LeadTableViewModel(
                connection.client(), runner, TimeTexts.system(), selection, new RecordingClipboard());
        // only the table and the connection are the window's business here
        return new WorkspaceSession(connection, selection, table, null, null, null, null, null, null, null);
    }
}
