package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.Workspace;

/**
 * Opens the demo workspace by starting the embedded sandbox in this process on a free loopback port (the sandbox
 * closes with the connection). Real workspaces go through {@link SavedWorkspaceConnector}.
 */
public final class DemoWorkspaceConnector implements WorkspaceConnector {
    private final SandboxOptions options;

    /** @param options the demo data (tests use a small sandbox) */
    public DemoWorkspaceConnector(SandboxOptions options) {
        this.options = options;
    }

    @Override
    public Connection connect(Workspace workspace) throws Exception {
        if (!workspace.isDemo()) {
            throw new IllegalArgumentException("Only the demo workspace runs in the embedded sandbox");
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
