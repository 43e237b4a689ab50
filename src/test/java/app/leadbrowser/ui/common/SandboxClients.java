package app.leadbrowser.ui.common;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.http.Sleeper;
import app.leadbrowser.sandbox.SandboxServer;

/** Clients for the embedded sandbox in UI tests. */
public final class SandboxClients {
    private SandboxClients() {}

    /** A client that does not retry, so one injected fault reaches the ViewModel. */
    public static DashlyClient withoutRetries(SandboxServer server) {
        return new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token())
                .withRetries(RetryPolicy.none(), Sleeper.SYSTEM));
    }
}
