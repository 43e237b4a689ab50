package app.leadbrowser.ui.common;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox of a given number of leads for one test class, and a client for it that does not retry (so one
 * injected fault reaches the ViewModel). Each test starts with no fault queued, no request recorded and English
 * texts. Register it on a static field: {@code @RegisterExtension static final TestSandbox sandbox =
 * TestSandbox.withLeads(300);}
 */
public final class TestSandbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final int leads;
    private SandboxServer server;
    private DashlyClient client;

    private TestSandbox(int leads) {
        this.leads = leads;
    }

    public static TestSandbox withLeads(int leads) {
        return new TestSandbox(leads);
    }

    public SandboxServer server() {
        return server;
    }

    /** The client without retries, made on first use (not every test class needs one). */
    public synchronized DashlyClient client() {
        if (client == null) {
            client = SandboxClients.withoutRetries(server);
        }
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withLeads(leads));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.faults().clear();
        server.requests().clear();
        Texts.use(Locale.ENGLISH);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        server.close();
    }
}
