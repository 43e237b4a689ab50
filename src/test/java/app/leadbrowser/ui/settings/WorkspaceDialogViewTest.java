package app.leadbrowser.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.common.FxTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.UserMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog in a real (headless) window, driven through {@link WorkspaceDialogPage}, against a real sandbox. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceDialogViewTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(500);

    @TempDir
    static Path dir;

    private SettingsStore settings;
    private FileTokenStore tokens;
    private WorkspaceService service;
    private FxTaskRunner runner;
    private WorkspaceDialogPage page;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path configDir = Files.createTempDirectory(dir, "config");
        settings = new SettingsStore(configDir);
        settings.load();
        tokens = new FileTokenStore(configDir);
        service = new WorkspaceService(settings, tokens);
        runner = new FxTaskRunner(1);
        WorkspaceDialogViewModel model = new WorkspaceDialogViewModel(service, runner);
        stage.setScene(new Scene(new WorkspaceDialogView(model, stage::close), 760, 520));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        settings.close();
    }

    @Test
    void invalidFieldsAreMarkedInPlaceAndBlockSave(FxRobot robot) {
        page = new WorkspaceDialogPage(robot);
        page.addWorkspace("Shop", "", "secret-token-1", "http://api.dashly.app").typeInto("#wsAppId", "12x");

        assertEquals("The app id is a number: digits only", page.errorOf("wsAppId"));
        assertTrue(page.errorOf("wsBaseUrl").startsWith("Plain http is refused"), page.errorOf("wsBaseUrl"));
        assertEquals("", page.errorOf("wsName"));
        assertFalse(page.canSave());

        page.typeInto("#wsAppId", "123").fill("#wsBaseUrl", "https://api.dashly.app");
        assertEquals("", page.errorOf("wsAppId"));
        assertEquals("", page.errorOf("wsBaseUrl"));
        assertTrue(page.canSave());
    }

    @Test
    void addSaveAndRemoveAWorkspace(FxRobot robot) {
        page = new WorkspaceDialogPage(robot);
        assertEquals(List.of("Demo workspace (built in)"), page.workspaceNames());

        page.addWorkspace("Shop", "12345", "secret-token-1", "https://api.dashly.app")
                .save();

        assertEquals("Saved", page.message());
        assertEquals(List.of("Demo workspace (built in)", "Shop"), page.workspaceNames());
        String id = service.list().get(1).id();
        assertEquals(Optional.of("secret-token-1"), tokens.read(id));

        page.select("Demo workspace (built in)");
        assertTrue(page.isShown("#wsDemoNote"));
        page.select("Shop").removeSelected();

        assertEquals(List.of("Demo workspace (built in)"), page.workspaceNames());
        assertEquals(Optional.empty(), tokens.read(id));
    }

    @Test
    void unsavedEditsAreKeptUntilTheUserDiscardsThem(FxRobot robot) {
        page = new WorkspaceDialogPage(robot);
        page.addWorkspace("Shop", "12345", "secret-token-1", "https://api.dashly.app")
                .save();
        page.fill("#wsName", "Shop EU");

        page.select("Demo workspace (built in)");
        assertTrue(page.isShown("#wsDiscardBar"));
        robot.clickOn("#wsCancelDiscard");
        assertFalse(page.isShown("#wsDiscardBar"));
        assertEquals("Shop", selectedInList(robot), "the list is back on the workspace being edited");
        assertEquals(
                "Shop EU",
                robot.lookup("#wsName").queryAs(TextInputControl.class).getText());

        page.select("Demo workspace (built in)");
        robot.clickOn("#wsConfirmDiscard");
        assertTrue(page.isShown("#wsDemoNote"));
        assertEquals("Shop", service.list().get(1).name(), "nothing was saved");
    }

    private static String selectedInList(FxRobot robot) {
        return robot.lookup("#wsList")
                                .queryAs(ListView.class)
                                .getSelectionModel()
                                .getSelectedItem()
                        instanceof Workspace workspace
                ? workspace.name()
                : null;
    }

    @Test
    void theTokenIsHiddenUntilShown(FxRobot robot) {
        page = new WorkspaceDialogPage(robot);
        page.addWorkspace("Shop", "12345", "secret-token-1", "https://api.dashly.app");
        assertTrue(page.isShown("#wsToken"));
        assertFalse(page.isShown("#wsTokenShown"));

        robot.clickOn("#wsShowToken");

        assertTrue(page.isShown("#wsTokenShown"));
        assertEquals(
                "secret-token-1",
                robot.lookup("#wsTokenShown")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText());
    }

    @Test
    void theFileFallbackIsNoted(FxRobot robot) {
        page = new WorkspaceDialogPage(robot);
        assertTrue(page.tokenStorageNote().contains("Stored in a file only you can read"), page.tokenStorageNote());
    }

    @Test
    void aWorkspaceIsAddedTestedAgainstASandboxAndReadyToSwitchTo(FxRobot robot) throws Exception {
        page = new WorkspaceDialogPage(robot);
        page.addWorkspace(
                "Second sandbox",
                sandbox.server().appId(),
                sandbox.server().token(),
                sandbox.server().baseUrl());

        assertEquals("Connected: 500 leads", page.testConnection());
        page.save();

        assertEquals(List.of("Demo workspace (built in)", "Second sandbox"), page.workspaceNames());
        Workspace saved = service.list().get(1);
        try (DashlyClient client = new DashlyClient(service.configFor(saved))) {
            assertEquals(500, client.listLeads(LeadQuery.defaults()).execute().total());
        }
    }

    @Test
    void aWrongTokenShowsTheApiMessage(FxRobot robot) throws Exception {
        page = new WorkspaceDialogPage(robot);
        page.addWorkspace(
                "Second sandbox",
                sandbox.server().appId(),
                "wrong-token",
                sandbox.server().baseUrl());

        String result = page.testConnection();

        ClientConfig config =
                ClientConfig.of(sandbox.server().baseUrl(), sandbox.server().appId(), "wrong-token");
        try (DashlyClient client = new DashlyClient(config.withRetries(RetryPolicy.none(), config.sleeper()))) {
            ApiException expected = assertThrows(
                    ApiException.class,
                    () -> client.listLeads(LeadQuery.defaults().withLimit(1)).execute());
            assertEquals(UserMessages.describe(expected), result);
        }
        assertTrue(page.canSave(), "a failed test does not block saving (the server may be down for now)");
    }

    @Test
    void closingTheDialogCancelsARunningTest(FxRobot robot) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            robot.interact(stage::hide); // only the dialog's nodes may match the lookups
            CompletableFuture<List<Workspace>> closed = new CompletableFuture<>();
            Platform.runLater(() -> closed.complete(WorkspaceDialog.show(null, service, runner)));
            WaitForAsyncUtils.waitForFxEvents();
            page = new WorkspaceDialogPage(robot);
            page.addWorkspace("Slow", "12345", "secret-token-1", "http://127.0.0.1:" + silent.getLocalPort());
            robot.clickOn("#wsTest");
            assertTrue(page.isShown("#wsTestProgress"));

            try (Socket request = silent.accept()) {
                robot.clickOn("#wsClose");
                robot.clickOn("#wsConfirmDiscard"); // the new workspace was never saved
                assertEquals(List.of(Workspace.demo()), closed.get(10, TimeUnit.SECONDS));
                // the client hung up without waiting for an answer: the request was cancelled
                request.setSoTimeout(10_000);
                InputStream in = request.getInputStream();
                while (in.read() != -1) {
                    // skip the request the client sent before the dialog closed
                }
            }
        }
    }
}
