package app.leadbrowser.ui.shell;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadTablePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window laid out at laptop and desktop sizes, in English and Russian, with a card open and a
 * 3-condition filter: every visible control of the filter, table and card panes (and of the card's panel when it
 * floats over the table) lies inside its pane and the window, overlaps no sibling, and shows its whole label.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {
    private static SandboxServer sandbox;
    private AppContext context;
    private FilterSlot filter;
    private Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        // the demo workspace's size, so that counts are as long as a user sees them ("Lead 4 of 12,000")
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(12_000));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
        Texts.use(Locale.ENGLISH);
    }

    static Stream<Arguments> screens() {
        List<Arguments> all = new ArrayList<>();
        for (String language : List.of("en", "ru")) {
            for (int[] size : new int[][] {{1280, 720}, {1366, 768}, {1920, 1080}, {2560, 1440}, {1024, 640}}) {
                all.add(Arguments.of(size[0], size[1], language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @MethodSource("screens")
    void everyControlFitsWithACardOpenAndAThreeConditionFilter(int width, int height, String language, FxRobot robot)
            throws Exception {
        Texts.use(Locale.forLanguageTag(language));
        FxToolkit.setupStage(stage -> context = open(stage, width, height));
        LeadTablePage table = new LeadTablePage(robot);
        waitFor(() -> !table.rangeText().isEmpty() && filter != null);
        robot.interact(() -> List.of(
                        Conditions.number("$sessions", Operator.GT, 1),
                        Conditions.known("$name"),
                        Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 365, DateUnit.DAYS))
                .forEach((Condition condition) -> filter.addCondition().accept(condition)));
        table.waitUntilLoaded();
        table.clickRow(0);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cardTitle").queryAs(Label.class).isVisible()
                && !robot.lookup("#cardTitle").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> problems = new ArrayList<>();
        robot.interact(() ->
                problems.addAll(problems(robot.lookup("#mainWindow").query().getScene())));
        assertEquals(List.of(), problems, width + "×" + height + " " + language + ": " + String.join("\n", problems));
    }

    @Test
    void belowTheFloatWidthTheCardIsAPanelThatEnterOpensAndEscCloses(FxRobot robot) throws Exception {
        FxToolkit.setupStage(stage -> context = open(stage, 1024, 640));
        LeadTablePage table = new LeadTablePage(robot);
        waitFor(() -> !table.rangeText().isEmpty());
        Node panel = robot.lookup("#cardPanel").query();
        assertEquals(
                2,
                robot.lookup("#mainSplit").queryAs(SplitPane.class).getItems().size(),
                "filter | table");
        table.clickRow(0);
        assertFalse(panel.isVisible(), "a click selects; the panel waits for Enter");

        robot.type(KeyCode.ENTER);
        String first = table.table().getItems().get(0).summary().id();
        LeadCardPage card = new LeadCardPage(robot).waitForLead(first);
        assertTrue(panel.isVisible());

        card.nextWithKeyboard()
                .waitForLead(table.table().getItems().get(1).summary().id());
        assertTrue(panel.isVisible(), "walking keeps the panel open");

        robot.type(KeyCode.ESCAPE);
        assertFalse(panel.isVisible());
        assertEquals(
                2,
                context.mainWindow().currentWindowState(stage).dividers().size(),
                "the card's pane width is kept for a wider window");
    }

    private AppContext open(Stage target, int width, int height) {
        stage = target;
        WorkspaceConnector connector =
                workspace -> new WorkspaceConnector.Connection(workspace, SandboxClients.withoutRetries(sandbox), null);
        AppContext opened = new AppContext(connector, url -> {}, session -> {
            filter = FilterPanelSlot.create(session);
            return filter;
        });
        opened.mainWindow()
                .show(
                        stage,
                        new WindowState(
                                0,
                                0,
                                width,
                                height,
                                false,
                                WindowState.defaults().dividers()));
        stage.setWidth(width); // not held to the headless screen's size
        stage.setHeight(height);
        opened.start(Workspace.demo());
        return opened;
    }

    private static List<String> problems(Scene scene) {
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        List<String> found = new ArrayList<>();
        for (String pane : List.of("#filterSlot", "#tableSlot", "#cardSlot")) {
            Node node = scene.lookup(pane);
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (node.isVisible() && node.getScene() != null && !window.contains(bounds)) {
                found.add(pane + " lies outside the window " + bounds);
            }
            found.addAll(LayoutCheck.of(node));
        }
        return found;
    }
}
