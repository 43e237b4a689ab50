package app.leadbrowser.sandbox;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.http.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The default demo sandbox (12,000 leads, seed 42), started once for every read-only test class of the run: it
 * takes the better part of a second to generate. Its clock stands still at its start, so that a test's count with
 * the evaluator at {@code server.clock().instant()} is exactly the server's. Tests that change the workspace, its
 * clock or its knobs start their own.
 */
final class SharedSandbox {
    private static SandboxServer server;

    private SharedSandbox() {}

    static synchronized SandboxServer server() {
        if (server == null) {
            try {
                server = SandboxServer.start(SandboxOptions.defaults().withClock(SandboxClock.fixedAt(Instant.now())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("Sandbox: generated " + server.workspace().size() + " leads in "
                    + server.generationTime().toMillis() + " ms");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    static DashlyClient client(SandboxServer server) {
        return new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
    }
}
