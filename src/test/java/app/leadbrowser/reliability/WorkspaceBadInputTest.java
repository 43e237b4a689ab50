package app.leadbrowser.reliability;

import static app.leadbrowser.reliability.Readable.assertReadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceStores;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.TestState;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in the workspace dialog, field by field, with every other field valid and pointing at a live
 * sandbox: the field carries a readable message, Save is disabled and does nothing, and (for the connection
 * fields) "Test connection" is disabled and sends nothing — the sandbox's request log stays empty.
 */
class WorkspaceBadInputTest {
    final SyncTaskRunner runner = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(50);

    @RegisterExtension
    final WorkspaceStores stores = new WorkspaceStores();

    private WorkspaceDialogViewModel model;
    private Workspace sales;

    @BeforeEach
    void setUp() {
        sales = stores.saveWorkspaceFor("Sales", sandbox.server());
        model = new WorkspaceDialogViewModel(stores.service(), runner);
    }

    /** A new workspace whose every field is valid and reaches the sandbox. */
    private void fillValidNew() {
        model.newWorkspace();
        model.nameProperty().set("Support");
        model.appIdProperty().set(sandbox.server().appId());
        model.tokenProperty().set(sandbox.server().token());
        model.baseUrlProperty().set(sandbox.server().baseUrl());
        assertTrue(model.canSave());
        assertTrue(model.canTestProperty().get());
    }

    static Stream<Arguments> badConnectionFields() {
        return Stream.of(
                bad("app id empty", m -> m.appIdProperty().set("   "), m -> m.appIdErrorProperty()),
                bad("app id with letters", m -> m.appIdProperty().set("12ab"), m -> m.appIdErrorProperty()),
                bad("app id negative", m -> m.appIdProperty().set("-5"), m -> m.appIdErrorProperty()),
                bad("app id decimal", m -> m.appIdProperty().set("1.0"), m -> m.appIdErrorProperty()),
                bad("app id non-ASCII digits", m -> m.appIdProperty().set("١٢٣"), m -> m.appIdErrorProperty()),
                bad("token empty", m -> m.tokenProperty().set(""), m -> m.tokenErrorProperty()),
                bad("token blank", m -> m.tokenProperty().set(" \t "), m -> m.tokenErrorProperty()),
                bad("token with a space", m -> m.tokenProperty().set("abc def"), m -> m.tokenErrorProperty()),
                bad(
                        "token with a zero-width space",
                        m -> m.tokenProperty().set("abc\u200bdef"),
                        m -> m.tokenErrorProperty()),
                bad("token with a non-ASCII letter", m -> m.tokenProperty().set("tökén"), m -> m.tokenErrorProperty()),
                bad("base URL empty", m -> m.baseUrlProperty().set(""), m -> m.baseUrlErrorProperty()),
                bad("base URL not a URL", m -> m.baseUrlProperty().set("not a url"), m -> m.baseUrlErrorProperty()),
                bad(
                        "base URL no scheme",
                        m -> m.baseUrlProperty().set("api.dashly.app"),
                        m -> m.baseUrlErrorProperty()),
                bad("base URL no host", m -> m.baseUrlProperty().set("https://"), m -> m.baseUrlErrorProperty()),
                bad(
                        "base URL ftp",
                        m -> m.baseUrlProperty().set("ftp://api.dashly.app"),
                        m -> m.baseUrlErrorProperty()),
                bad("base URL file", m -> m.baseUrlProperty().set("file:///etc/passwd"), m -> m.baseUrlErrorProperty()),
                bad(
                        "base URL bad char",
                        m -> m.baseUrlProperty().set("https://a b.com"),
                        m -> m.baseUrlErrorProperty()),
                bad(
                        "base URL with a query",
                        m -> m.baseUrlProperty().set("https://api.dashly.app/?auth_token=x"),
                        m -> m.baseUrlErrorProperty()),
                bad(
                        "base URL with a user",
                        m -> m.baseUrlProperty().set("https://me@api.dashly.app"),
                        m -> m.baseUrlErrorProperty()),
                bad(
                        "plain http to a public host",
                        m -> m.baseUrlProperty().set("http://api.dashly.app"),
                        m -> m.baseUrlErrorProperty()),
                bad(
                        "plain http to a LAN address",
                        m -> m.baseUrlProperty().set("http://192.168.1.10:8080"),
                        m -> m.baseUrlErrorProperty()),
                bad(
                        "plain http to a look-alike of localhost",
                        m -> m.baseUrlProperty().set("http://localhost.example.com"),
                        m -> m.baseUrlErrorProperty()));
    }

    private static Arguments bad(
            String what,
            Consumer<WorkspaceDialogViewModel> breakIt,
            Function<WorkspaceDialogViewModel, javafx.beans.value.ObservableStringValue> error) {
        return Arguments.of(what, breakIt, error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConnectionFields")
    void aBadConnectionFieldBlocksSaveAndTestAndSendsNothing(
            String what,
            Consumer<WorkspaceDialogViewModel> breakIt,
            Function<WorkspaceDialogViewModel, javafx.beans.value.ObservableStringValue> error) {
        fillValidNew();
        breakIt.accept(model);

        assertReadable(error.apply(model).get());
        assertFalse(model.canSave(), "Save is disabled");
        assertFalse(model.canTestProperty().get(), "Test connection is disabled");

        model.testConnection();

        runner.deliverAll();
        model.save();
        runner.deliverAll();

        assertEquals(TestState.NONE, model.testStateProperty().get(), "no test ran");
        assertEquals(List.of(), sandbox.server().requests().all(), "no request reached the sandbox");
        assertEquals(List.of(Workspace.demo(), sales), stores.service().list(), "nothing was saved");
    }

    static Stream<Arguments> badNames() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("blank", "   "),
                Arguments.of("duplicate", "Sales"),
                Arguments.of("duplicate in other case and spaces", "  sALES "),
                Arguments.of("the demo's name", "Demo workspace"),
                Arguments.of("too long", "x".repeat(81)));
    }

    @ParameterizedTest(name = "name {0}")
    @MethodSource("badNames")
    void aBadNameBlocksSaveAndSavesNothing(String what, String name) {
        fillValidNew();
        model.nameProperty().set(name);

        assertReadable(model.nameErrorProperty().get());
        assertFalse(model.canSave());
        model.save();
        runner.deliverAll();

        assertEquals(List.of(Workspace.demo(), sales), stores.service().list(), "nothing was saved");
        assertEquals(List.of(), sandbox.server().requests().all());
    }

    @Test
    void editingASavedWorkspaceIntoABadStateKeepsTheSavedOneAndSendsNothing() {
        model.select(sales);
        model.appIdProperty().set("twelve");
        model.baseUrlProperty().set("http://example.com");

        assertReadable(model.appIdErrorProperty().get());
        assertReadable(model.baseUrlErrorProperty().get());
        assertFalse(model.canSave());
        assertFalse(model.canTestProperty().get());
        model.testConnection();
        runner.deliverAll();
        model.save();
        runner.deliverAll();

        assertEquals(List.of(Workspace.demo(), sales), stores.service().list());
        assertEquals(
                sandbox.server().token(),
                stores.service().tokenFor(sales.id()).orElseThrow(),
                "the stored token is kept");
        assertEquals(List.of(), sandbox.server().requests().all());
    }

    @Test
    void onceFixedTheTestSendsExactlyOneRequest() {
        fillValidNew();
        model.appIdProperty().set("x1");
        model.testConnection();
        runner.deliverAll();
        assertEquals(0, sandbox.server().requests().count());

        model.appIdProperty().set(sandbox.server().appId());
        model.testConnection();
        runner.deliverAll();
        assertEquals(
                TestState.SUCCEEDED,
                model.testStateProperty().get(),
                model.testResultProperty().get());
        assertEquals(1, sandbox.server().requests().count());
    }
}
