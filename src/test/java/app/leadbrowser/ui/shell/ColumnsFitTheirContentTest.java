package app.leadbrowser.ui.shell;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadColumn;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.looks.LooksView;
import app.leadbrowser.ui.views.SavedViewsPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The lead table's columns in the real window: on a 1920×1080 screen they fit their headers and the first page's
 * values, and the table has the room for them; a double-click on a header's edge fits a column narrowed by hand;
 * a width the user gave a column is kept by the saved view and across a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsFitTheirContentTest {
    private static final List<String> TEXT_COLUMNS =
            List.of("col-name", "col-email", "col-phone", "col-last_seen", "col-sessions", "col-location");

    private static SandboxServer sandbox;
    private AppContext context;

    @TempDir
    Path configDir;

    @RegisterExtension
    final StartedApp app = StartedApp.withDemoLeads(300);

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(300));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void closeWindow() {
        if (context != null) {
            Platform.runLater(context::close);
        }
        Texts.use(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru"})
    void atFullHdTheNamesEmailsPhonesAndHeadersShowWhole(String language, FxRobot robot) throws Exception {
        Texts.use(Locale.forLanguageTag(language));
        LeadTablePage table = openAt(1920, 1080, robot);

        List<String> cutShort = new ArrayList<>();
        robot.interact(() -> {
            TEXT_COLUMNS.forEach(column -> cutShort.addAll(cutShort(table.shownCells(column))));
            cutShort.addAll(cutShort(table.headerTitles()));
        });
        assertEquals(List.of(), cutShort);
        assertTrue(table.shownCells("col-email").size() >= 20, "the whole first page is on screen");
    }

    @Test
    void aDoubleClickOnAHeaderEdgeFitsANarrowedColumn(FxRobot robot) throws Exception {
        LeadTablePage table = openAt(1920, 1080, robot);
        double fitted = table.column("col-email").getWidth();

        table.dragColumnEdge("col-email", 80 - fitted);
        double narrowed = table.column("col-email").getWidth();
        assertTrue(narrowed < 100, "narrowed to " + narrowed);
        assertFalse(cutShort(table.shownCells("col-email")).isEmpty(), "the narrowed column cuts its emails short");
        assertEquals(narrowed, keptWidth(context, "$email"), 0.5, "a width the user set is kept");

        table.doubleClickColumnEdge("col-email");
        waitFor(() -> table.column("col-email").getWidth() > narrowed);
        assertEquals(List.of(), cutShort(table.shownCells("col-email")));
        assertEquals(List.of(), cutShort(table.headerTitles()));
        assertEquals(
                table.column("col-email").getWidth(), keptWidth(context, "$email"), 0.5, "the fitted width is kept");
    }

    @Test
    void aWidthTheUserSetIsKeptByTheSavedViewAndAcrossARestart(FxRobot robot) {
        app.launch(robot, configDir);
        app.waitForWorkspace();
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        app.waitForSidePanes(robot);
        double fitted = table.column("col-name").getWidth();
        table.dragColumnEdge("col-name", 40);
        double widened = table.column("col-name").getWidth();
        assertEquals(fitted + 40, widened, 2);
        SavedViewsPage views = new SavedViewsPage(robot);
        views.saveAs("Wide names");
        table.dragColumnEdge("col-name", -20);
        views.apply("Wide names");
        waitFor(() -> Math.abs(table.column("col-name").getWidth() - widened) < 0.5);

        app.restart(robot);

        LeadTablePage restarted = new LeadTablePage(robot).waitForRange("1–20 of 300");
        assertEquals(widened, restarted.column("col-name").getWidth(), 0.5);
        assertEquals(LeadColumn.FIT, keptWidth(app.context(), "$email"), "the other columns still fit their content");
    }

    private LeadTablePage openAt(int width, int height, FxRobot robot) throws Exception {
        // a window an earlier test class left open would answer the lookups below with its own table
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        // the theme the app starts with, whatever an earlier test class left
        robot.interact(LooksView::useLightTheme);
        FxToolkit.setupStage(stage -> {
            context = TestWindows.open(stage, sandbox, Map.of(), width, height);
            stage.setWidth(width); // not held to the headless screen's size
            stage.setHeight(height);
        });
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        waitFor(() -> robot.lookup("#quickSearch").tryQuery().isPresent());
        return table;
    }

    /** The width the table's view model keeps for the column (0: it fits its content). */
    private static double keptWidth(AppContext context, String property) {
        return context.mainWindowViewModel().getSession().leadTable().currentViewState().columns().stream()
                .filter(column -> column.property().equals(property))
                .mapToDouble(ColumnState::width)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> cutShort(List<Labeled> shown) {
        return shown.stream()
                .filter(LayoutCheck::isCutShort)
                .map(labeled -> labeled.getText() + " in " + labeled.getWidth() + " px")
                .toList();
    }
}
