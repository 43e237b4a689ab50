package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.Workspace;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * Opens the demo workspace by starting the embedded sandbox in this process on a free loopback port (the sandbox
 * closes with the connection). Real workspaces go through {@link SavedWorkspaceConnector}.
 *
 * <p>At start-up the app may {@linkplain #startEarly() start the sandbox early}, while the window is still being
 * built; the next {@link #connect} then takes that sandbox instead of starting another.
 */
public final class DemoWorkspaceConnector implements WorkspaceConnector, AutoCloseable {
    private final SandboxOptions options;
    private final AtomicReference<CompletableFuture<Started>> early = new AtomicReference<>();

    /** @param options the demo data (tests use a small sandbox) */
    public DemoWorkspaceConnector(SandboxOptions options) {
        this.options = options;
    }

    /**
     * Starts the sandbox now on a thread of its own, then warms the client on it with one request of the default
     * first page (class loading, the connection, the sandbox's sort order) while the window builds the workspace's
     * views, so that the window's own first page is quick. Does nothing when a sandbox was started early already
     * and not yet taken.
     */
    public void startEarly() {
        CompletableFuture<Started> starting = new CompletableFuture<>();
        if (!early.compareAndSet(null, starting)) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        Started started = start();
                        starting.complete(started);
                        warmUp(started.client());
                        StartTrace.mark("warm-up request answered");
                    } catch (Throwable failure) {
                        starting.completeExceptionally(failure);
                    }
                },
                "demo-start");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Connection connect(Workspace workspace) throws Exception {
        if (!workspace.isDemo()) {
            throw new IllegalArgumentException("Only the demo workspace runs in the embedded sandbox");
        }
        Started started = takeEarly();
        if (started == null) {
            started = start();
        }
        SandboxServer server = started.server();
        Workspace running = new Workspace(workspace.id(), workspace.name(), server.appId(), server.baseUrl());
        return new Connection(running, started.client(), server);
    }

    /** Closes a sandbox started early that no connection took. */
    @Override
    public void close() {
        CompletableFuture<Started> untaken = early.getAndSet(null);
        if (untaken != null) {
            untaken.thenAccept(Started::close);
        }
    }

    /** The sandbox started early, once it runs; null when none was started or it failed (then start afresh). */
    private Started takeEarly() throws InterruptedException {
        CompletableFuture<Started> starting = early.getAndSet(null);
        if (starting == null) {
            return null;
        }
        try {
            return starting.get();
        } catch (ExecutionException failed) {
            LoggerFactory.getLogger(DemoWorkspaceConnector.class)
                    .warn("The demo sandbox started early failed; starting it again", failed.getCause());
            return null;
        }
    }

    private Started start() throws Exception {
        SandboxServer server = SandboxServer.start(options);
        StartTrace.mark(
                "sandbox serving (generated in " + server.generationTime().toMillis() + " ms)");
        try {
            Started started = new Started(
                    server, new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token())));
            StartTrace.mark("client built");
            return started;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A failed warm-up changes nothing: the window asks for its page and shows any error itself. */
    private static void warmUp(DashlyClient client) {
        try {
            client.listLeads(LeadQuery.defaults()).execute();
        } catch (Exception ignored) {
            // nothing to do: it was only a warm-up
        }
    }

    private record Started(SandboxServer server, DashlyClient client) {
        void close() {
            client.close();
            server.close();
        }
    }
}
