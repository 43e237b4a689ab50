package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.Workspace;

/**
 * Opens the demo workspace by starting the embedded sandbox in this process on a free loopback port (the
 * sandbox closes with the connection); other workspaces go to {@code realWorkspaces}.
 */
public final class DemoWorkspaceConnector implements WorkspaceConnector {
    private final SandboxOptions options;
    private final WorkspaceConnector realWorkspaces;

    public DemoWorkspaceConnector(SandboxOptions options, WorkspaceConnector realWorkspaces) {
        this.options = options;
        this.realWorkspaces = realWorkspaces;
    }

    /** The demo only: real workspaces are refused until the token store is wired in. */
    public static DemoWorkspaceConnector demoOnly() {
        return new DemoWorkspaceConnector(SandboxOptions.defaults(), workspace -> {
            throw new IllegalArgumentException("Real workspaces cannot be opened in this build yet");
        });
    }

    @Override
    public Connection connect(Workspace workspace) throws Exception {
        if (!workspace.isDemo()) {
            return realWorkspaces.connect(workspace);
        }
        SandboxServer server = SandboxServer.start(options);
        try {
            DashlyClient client = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
            Workspace running = new Workspace(workspace.id(), workspace.name(), server.appId(), server.baseUrl());
            return new Connection(running, client, server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
