package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.settings.Workspace;

/**
 * Opens a connection to a workspace. Blocking (it may start the demo sandbox): the shell calls it off the FX
 * thread. The demo workspace uses {@link DemoWorkspaceConnector}; real workspaces need their token from the
 * token store, so the composition root passes a connector that reads it.
 */
@FunctionalInterface
public interface WorkspaceConnector {

    Connection connect(Workspace workspace) throws Exception;

    /** A client for a workspace, and what to close with it (the demo's sandbox server). */
    record Connection(Workspace workspace, DashlyClient client, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client.close();
            if (resources != null) {
                resources.close();
            }
        }
    }
}
