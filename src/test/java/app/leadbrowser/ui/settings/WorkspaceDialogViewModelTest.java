package app.leadbrowser.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceStores;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.Mode;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.TestState;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dialog's logic without the FX toolkit: a synchronous runner, real stores in a temp dir, a real sandbox. */
class WorkspaceDialogViewModelTest {
    final SyncTaskRunner runner = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(500);

    private static final String UNAUTHORIZED =
            """
            {"meta": {"status": 401, "error": "NotAuthenticated", "error_message": "Token is invalid"}, "data": {}}""";

    @RegisterExtension
    final WorkspaceStores stores = new WorkspaceStores();

    private WorkspaceDialogViewModel model;

    @BeforeEach
    void setUp() {
        model = new WorkspaceDialogViewModel(stores.service(), runner);
    }

    @Test
    void theDemoWorkspaceIsListedAndNotEditable() {
        assertEquals(1, model.workspaces().size());
        model.select(model.workspaces().get(0));
        assertEquals(Mode.DEMO, model.getMode());
        assertFalse(model.editableProperty().get());
        assertFalse(model.canSave());
        assertFalse(model.canTestProperty().get());
        assertFalse(model.canRemoveProperty().get());
    }

    @Test
    void aNewWorkspaceStartsWithTheDefaultBaseUrlAndAsksForTheRest() {
        model.newWorkspace();
        assertEquals(Mode.NEW, model.getMode());
        assertEquals("https://api.dashly.app", model.baseUrlProperty().get());
        assertEquals("", model.baseUrlErrorProperty().get());
        assertEquals("Enter a name", model.nameErrorProperty().get());
        assertTrue(model.appIdErrorProperty().get().startsWith("Enter the app id"));
        assertTrue(model.tokenErrorProperty().get().startsWith("Enter the API token"));
        assertFalse(model.canSave());
    }

    @Test
    void validFieldsEnableSave() {
        fillValid();
        assertEquals("", model.nameErrorProperty().get());
        assertEquals("", model.appIdErrorProperty().get());
        assertEquals("", model.tokenErrorProperty().get());
        assertEquals("", model.baseUrlErrorProperty().get());
        assertTrue(model.canSave());
        assertTrue(model.canTestProperty().get());
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("empty name", m -> m.nameProperty().set("  "), m -> m.nameErrorProperty()
                        .get()),
                invalid("name of the demo", m -> m.nameProperty().set("demo WORKSPACE"), m -> m.nameErrorProperty()
                        .get()),
                invalid("empty app id", m -> m.appIdProperty().set(""), m -> m.appIdErrorProperty()
                        .get()),
                invalid("app id with letters", m -> m.appIdProperty().set("12a4"), m -> m.appIdErrorProperty()
                        .get()),
                invalid("empty token", m -> m.tokenProperty().set(""), m -> m.tokenErrorProperty()
                        .get()),
                invalid("token with a space", m -> m.tokenProperty().set("abc def"), m -> m.tokenErrorProperty()
                        .get()),
                invalid("empty base URL", m -> m.baseUrlProperty().set(""), m -> m.baseUrlErrorProperty()
                        .get()),
                invalid(
                        "plain http",
                        m -> m.baseUrlProperty().set("http://api.dashly.app"),
                        m -> m.baseUrlErrorProperty().get()),
                invalid(
                        "not a web address",
                        m -> m.baseUrlProperty().set("ftp://api.dashly.app"),
                        m -> m.baseUrlErrorProperty().get()));
    }

    private static Arguments invalid(
            String what, Consumer<WorkspaceDialogViewModel> breakIt, Function<WorkspaceDialogViewModel, String> error) {
        return Arguments.of(what, breakIt, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void eachInvalidFieldBlocksSaveWithAMessage(
            String what, Consumer<WorkspaceDialogViewModel> breakIt, Function<WorkspaceDialogViewModel, String> error) {
        fillValid();
        breakIt.accept(model);
        assertFalse(error.apply(model).isBlank(), "a message says what is wrong");
        assertFalse(model.canSave());
        model.save();
        runner.deliverAll();
        assertEquals(1, stores.service().list().size(), "nothing was saved");
    }

    @Test
    void plainHttpIsAllowedToThisComputer() {
        fillValid();
        model.baseUrlProperty().set("http://127.0.0.1:8080");
        assertEquals("", model.baseUrlErrorProperty().get());
        assertTrue(model.canSave());
    }

    @Test
    void saveStoresTheTokenApartFromTheSettings() throws IOException {
        fillValid();
        model.save();
        runner.deliverAll();

        assertEquals("Saved", model.messageProperty().get());
        assertEquals(2, model.workspaces().size());
        Workspace saved = model.workspaces().get(1);
        assertEquals(new Workspace(saved.id(), "Shop", "12345", "https://api.dashly.app"), saved);
        assertEquals(saved, model.selectedProperty().get());
        assertEquals(Mode.EDIT, model.getMode());
        assertEquals("", model.tokenProperty().get(), "the token is not kept in the form");
        assertEquals(Optional.of("secret-token-1"), stores.tokens().read(saved.id()));
        stores.settings().flush();
        String json = Files.readString(stores.settings().file());
        assertTrue(json.contains("Shop"));
        assertFalse(json.contains("secret-token-1"));
    }

    @Test
    void editingKeepsTheTokenUnlessANewOneIsTyped() {
        Workspace saved = stores.service().add("Shop", "12345", "https://api.dashly.app", "old-token");
        model = new WorkspaceDialogViewModel(stores.service(), runner);
        model.select(saved);
        assertEquals(
                "Leave empty to keep the stored token",
                model.tokenPromptProperty().get());
        assertEquals("", model.tokenErrorProperty().get(), "an empty token field is fine when editing");

        model.nameProperty().set("Shop EU");
        model.save();
        runner.deliverAll();
        assertEquals("Shop EU", stores.service().find(saved.id()).orElseThrow().name());
        assertEquals(Optional.of("old-token"), stores.service().tokenFor(saved.id()));

        model.tokenProperty().set("new-token");
        model.save();
        runner.deliverAll();
        assertEquals(Optional.of("new-token"), stores.service().tokenFor(saved.id()));
        assertEquals(2, stores.service().list().size());
    }

    @Test
    void removeAsksFirstAndDeletesTheToken() {
        Workspace saved = stores.service().add("Shop", "12345", "https://api.dashly.app", "old-token");
        stores.service().activate(saved.id());
        model = new WorkspaceDialogViewModel(stores.service(), runner);
        model.select(saved);

        model.confirmRemove();

        runner.deliverAll();
        assertEquals(2, stores.service().list().size(), "nothing happens without asking");
        model.requestRemove();
        assertTrue(model.confirmingRemoveProperty().get());
        model.cancelRemove();
        assertEquals(2, stores.service().list().size());

        model.requestRemove();
        model.confirmRemove();
        runner.deliverAll();
        assertEquals(1, model.workspaces().size());
        assertEquals(Optional.empty(), stores.tokens().read(saved.id()));
        assertEquals(Workspace.DEMO_ID, stores.service().active().id(), "the demo workspace is active again");
        assertEquals(Mode.NONE, model.getMode());
    }

    @Test
    void switchingAwayFromUnsavedEditsAsksFirstAndKeepsThemUntilDiscarded() {
        Workspace saved = stores.service().add("Shop", "12345", "https://api.dashly.app", "old-token");
        model = new WorkspaceDialogViewModel(stores.service(), runner);
        model.select(saved);
        model.nameProperty().set("Shop EU");

        model.select(Workspace.demo());
        assertTrue(model.confirmingDiscardProperty().get());
        assertEquals(
                "Discard your changes to \"Shop\"?",
                model.discardQuestionProperty().get());
        assertEquals(saved, model.selectedProperty().get());
        assertEquals("Shop EU", model.nameProperty().get());

        model.cancelDiscard();
        assertFalse(model.confirmingDiscardProperty().get());
        assertEquals(saved, model.selectedProperty().get());
        assertEquals("Shop EU", model.nameProperty().get(), "keep editing keeps the edits");

        model.select(Workspace.demo());
        model.confirmDiscard();
        assertEquals(Mode.DEMO, model.getMode());
        assertEquals("Shop", stores.service().find(saved.id()).orElseThrow().name(), "nothing was saved");
    }

    @Test
    void aNewWorkspaceIsNotDroppedByClosingWithoutAsking() {
        fillValid();
        List<String> closed = new ArrayList<>();

        model.requestClose(() -> closed.add("closed"));
        assertEquals(List.of(), closed);
        assertEquals(
                "Discard the new workspace?", model.discardQuestionProperty().get());
        model.newWorkspace(); // asking again replaces what happens after the answer
        model.requestClose(() -> closed.add("closed"));
        model.confirmDiscard();

        assertEquals(List.of("closed"), closed);
        assertFalse(model.confirmingDiscardProperty().get());
    }

    @Test
    void withoutUnsavedChangesNothingAsks() {
        Workspace saved = stores.service().add("Shop", "12345", "https://api.dashly.app", "old-token");
        model = new WorkspaceDialogViewModel(stores.service(), runner);
        model.select(saved);
        model.nameProperty().set("Shop EU");
        model.nameProperty().set("Shop"); // typed and taken back
        assertFalse(model.hasUnsavedChanges());

        model.nameProperty().set("Shop EU");
        model.save();
        runner.deliverAll();
        assertFalse(model.hasUnsavedChanges(), "saved");
        model.select(Workspace.demo());
        assertFalse(model.confirmingDiscardProperty().get());
        assertEquals(Mode.DEMO, model.getMode());

        List<String> closed = new ArrayList<>();
        model.requestClose(() -> closed.add("closed"));
        assertEquals(List.of("closed"), closed);
    }

    @Test
    void testConnectionMakesOneCallAndReportsTheTotal() {
        fillForSandbox(sandbox.server().token());

        model.testConnection();

        runner.deliverAll();

        assertEquals(TestState.SUCCEEDED, model.testStateProperty().get());
        assertEquals("Connected: 500 leads", model.testResultProperty().get());
        List<RecordedRequest> requests = sandbox.server().requests().all();
        assertEquals(1, requests.size());
        assertEquals(
                "/apps/" + sandbox.server().appId() + "/users", requests.get(0).path());
        assertEquals("1", requests.get(0).param("limit"));
        assertTrue(requests.get(0).authHeader());
    }

    @Test
    void testConnectionReportsTheApiErrorMessage() {
        fillForSandbox("wrong-token");

        model.testConnection();

        runner.deliverAll();

        assertEquals(TestState.FAILED, model.testStateProperty().get());
        assertEquals(
                messageOfTheSameCall("wrong-token"), model.testResultProperty().get());
        assertFalse(model.testResultProperty().get().contains("Exception"));
        assertFalse(model.testResultProperty().get().contains("wrong-token"), "the token is never shown");
    }

    @Test
    void savingValuesWhoseTestJustFailedAsksFirstAndSavesOnlyWhenConfirmed() {
        fillForSandbox("wrong-token");
        model.testConnection();
        runner.deliverAll();
        assertEquals(TestState.FAILED, model.testStateProperty().get());

        model.save();
        runner.deliverAll();
        assertTrue(model.confirmingUntestedSaveProperty().get());
        assertEquals(1, stores.service().list().size(), "nothing saved while asking");

        model.cancelUntestedSave();
        assertFalse(model.confirmingUntestedSaveProperty().get());
        assertEquals(1, stores.service().list().size());

        model.save();
        runner.deliverAll();
        model.confirmUntestedSave();
        runner.deliverAll();
        assertFalse(model.confirmingUntestedSaveProperty().get());
        assertEquals(2, stores.service().list().size(), "saved after all");
    }

    @Test
    void changingAConnectionFieldAfterAFailedTestTakesTheQuestionBack() {
        fillForSandbox("wrong-token");
        model.testConnection();
        runner.deliverAll();
        model.save();
        runner.deliverAll();
        assertTrue(model.confirmingUntestedSaveProperty().get());

        model.tokenProperty().set(sandbox.server().token());

        assertFalse(model.confirmingUntestedSaveProperty().get());
        model.save();
        runner.deliverAll();
        assertEquals(2, stores.service().list().size(), "untested values save without asking");
    }

    @Test
    void testConnectionReportsAnUnreachableServer() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        fillValid();
        model.baseUrlProperty().set("http://127.0.0.1:" + freePort);

        model.testConnection();

        runner.deliverAll();

        assertEquals(TestState.FAILED, model.testStateProperty().get());
        assertFalse(model.testResultProperty().get().isBlank());
        assertFalse(model.testResultProperty().get().contains("\tat "), "no stack trace");
    }

    @Test
    void aSavedWorkspaceIsTestedWithItsStoredToken() {
        Workspace saved = stores.saveWorkspaceFor("Local", sandbox.server());
        model = new WorkspaceDialogViewModel(stores.service(), runner);
        model.select(saved);

        model.testConnection();

        runner.deliverAll();

        assertEquals("Connected: 500 leads", model.testResultProperty().get());
    }

    @Test
    void changingAConnectionFieldClearsTheResult() {
        fillForSandbox("wrong-token");
        model.testConnection();
        runner.deliverAll();
        assertNotEquals("", model.testResultProperty().get());

        model.tokenProperty().set("another-token");

        assertEquals("", model.testResultProperty().get());
        assertEquals(TestState.NONE, model.testStateProperty().get());
    }

    @Test
    void theDialogSaysWhereTokensGo() {
        assertTrue(model.isTokenInFile());
        assertTrue(model.tokenLocation().startsWith("Stored in a file only you can read"));
    }

    private void fillValid() {
        model.newWorkspace();
        model.nameProperty().set("Shop");
        model.appIdProperty().set("12345");
        model.tokenProperty().set("secret-token-1");
    }

    private void fillForSandbox(String token) {
        fillValid();
        model.appIdProperty().set(sandbox.server().appId());
        model.baseUrlProperty().set(sandbox.server().baseUrl());
        model.tokenProperty().set(token);
    }

    /** What the client itself says for the same call: the dialog must show exactly that. */
    private static String messageOfTheSameCall(String token) {
        ClientConfig config =
                ClientConfig.of(sandbox.server().baseUrl(), sandbox.server().appId(), token);
        try (DashlyClient client = new DashlyClient(config.withRetries(RetryPolicy.none(), config.sleeper()))) {
            ApiException failure = assertThrows(
                    ApiException.class,
                    () -> client.listLeads(LeadQuery.defaults().withLimit(1)).execute());
            return UserMessages.describe(failure);
        }
    }
}
