package app.leadbrowser.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportOptions;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.logging.LogConfigurator;
import app.leadbrowser.logging.LogDir;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.ConfigDir;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A session of the app's non-UI parts with a distinctive token — settings and the token file in a temp config
 * dir, lists, cards, retries after injected faults, an auth failure with a wrong token, exports — logging at DEBUG
 * through the app's own Logback set-up into a temp log dir; then every file written (but the token file) and every
 * exception message seen is searched for either token.
 */
class NoTokenLeaksTest {
    private static final String TOKEN =
            "LeakCanary" + UUID.randomUUID().toString().replace("-", "");
    private static final String WRONG_TOKEN =
            "WrongCanary" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path temp;

    private static Path logDir;
    private static Path configDir;
    private static Path exportDir;
    private static SandboxServer server;
    private static final List<String> exceptionTexts = new ArrayList<>();

    @BeforeAll
    static void runASession() throws Exception {
        logDir = temp.resolve("logs");
        configDir = temp.resolve("config");
        exportDir = temp.resolve("export");
        Files.createDirectories(exportDir);
        System.setProperty(LogDir.OVERRIDE_PROPERTY, logDir.toString());
        System.setProperty(ConfigDir.OVERRIDE_PROPERTY, configDir.toString());
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.reset();
        LogConfigurator.configure(logging, LogDir.resolve());
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);

        server = SandboxServer.start(
                SandboxOptions.defaults().withLeads(300).withToken(TOKEN).withSeed(7));
        try (SettingsStore settings = new SettingsStore(ConfigDir.resolve())) {
            settings.load();
            WorkspaceService workspaces = new WorkspaceService(settings, new FileTokenStore(ConfigDir.resolve()));
            Workspace saved = workspaces.add("Leak check", server.appId(), server.baseUrl(), TOKEN);
            workspaces.activate(saved.id());
            ClientConfig config = workspaces
                    .configFor(saved)
                    .withRetries(
                            new RetryPolicy(
                                    3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5), () -> 0.5),
                            duration -> {})
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5));
            try (DashlyClient client = new DashlyClient(config)) {
                browse(client);
                export(client);
            }
            settings.flush();
        }
        try (DashlyClient wrong = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), WRONG_TOKEN))) {
            AuthenticationException refused =
                    assertThrows(AuthenticationException.class, () -> wrong.listLeads(LeadQuery.defaults())
                            .execute());
            remember(refused);
        }
        logging.stop();
    }

    private static void browse(DashlyClient client) throws ApiException {
        LeadPage first = client.listLeads(LeadQuery.defaults()).execute();
        client.listLeads(LeadQuery.defaults().withOffset(50)).execute();
        String leadId = first.leads().get(0).id();
        client.getLead(leadId).execute();
        client.leadEvents(leadId, null, 20).execute();
        client.conversations(leadId, null).execute();

        server.faults()
                .enqueue(
                        Fault.status(503),
                        Fault.rateLimitedNoHeader(),
                        Fault.reset(),
                        Fault.truncatedBody(),
                        Fault.stall(Duration.ofSeconds(1)));
        for (int i = 0; i < 3; i++) {
            tryOnce(() -> client.listLeads(LeadQuery.defaults()).execute());
        }
        server.faults().enqueue(Fault.malformedJson(), Fault.status(404));
        tryOnce(() -> client.getLead(leadId).execute());
        tryOnce(() -> client.getLead(leadId).execute());
        server.faults().clear();
    }

    private static void export(DashlyClient client) throws Exception {
        LeadQuery all = LeadQuery.defaults();
        new LeadExporter(client)
                .export(
                        all,
                        ExportFormat.CSV,
                        ExportOptions.rawKeys(),
                        exportDir.resolve("leads.csv"),
                        (done, of) -> {});
        server.faults().enqueue(Fault.status(502));
        new LeadExporter(client)
                .export(
                        all,
                        ExportFormat.JSONL,
                        ExportOptions.rawKeys(),
                        exportDir.resolve("leads.jsonl"),
                        (done, of) -> {});
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static void tryOnce(Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            remember(e);
        }
    }

    private static void remember(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            exceptionTexts.add(String.valueOf(t));
        }
    }

    @AfterAll
    static void restore() throws Exception {
        if (server != null) {
            server.close();
        }
        System.clearProperty(LogDir.OVERRIDE_PROPERTY);
        System.clearProperty(ConfigDir.OVERRIDE_PROPERTY);
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    @Test
    void noFileWrittenHoldsTheToken() throws IOException {
        List<Path> written;
        try (Stream<Path> files = Files.walk(temp)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        Path tokenFile = configDir.resolve(FileTokenStore.FILE_NAME);
        assertTrue(written.contains(tokenFile), "the token went to the token file: " + written);
        assertTrue(written.contains(configDir.resolve(SettingsStore.FILE_NAME)), written.toString());
        assertTrue(written.contains(exportDir.resolve("leads.csv")), written.toString());
        for (Path file : written) {
            if (file.equals(tokenFile)) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertFalse(text.contains(TOKEN), "the token is in " + temp.relativize(file));
            assertFalse(text.contains(WRONG_TOKEN), "the wrong token is in " + temp.relativize(file));
        }
    }

    @Test
    void theLogHasTheSessionInIt() throws IOException {
        List<String> lines = Files.readAllLines(logDir.resolve(LogConfigurator.FILE_NAME));
        assertTrue(lines.size() > 10, "only " + lines.size() + " log lines");
        assertTrue(lines.stream().anyMatch(l -> l.contains("retrying")), "a retry is logged");
        assertTrue(lines.stream().anyMatch(l -> l.contains("AuthenticationException")), "the auth failure is logged");
        assertTrue(lines.stream().noneMatch(l -> l.contains("auth_token")), "no auth_token in the log");
    }

    @Test
    void noExceptionMessageHoldsTheToken() {
        assertTrue(exceptionTexts.size() >= 3, exceptionTexts.toString());
        for (String text : exceptionTexts) {
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains(WRONG_TOKEN), text);
        }
    }

    @Test
    void theTokenTravelsOnlyInTheHeader() {
        List<RecordedRequest> requests = server.requests().all();
        assertTrue(requests.size() > 10, "requests: " + requests.size());
        for (RecordedRequest request : requests) {
            assertFalse(request.params().containsKey("auth_token"), request.toString());
            assertTrue(request.authHeader(), "no Authorization header: " + request);
        }
        assertEquals(0, requests.stream().filter(r -> r.path().contains(TOKEN)).count());
    }
}
