package app.leadbrowser.ui.views;

import static app.leadbrowser.ui.leads.LeadTablePage.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.AppContext;
import app.leadbrowser.ui.shell.DemoWorkspaceConnector;
import app.leadbrowser.ui.shell.FilterPanelSlot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app as it starts for real, settings in a temp config directory: the last used view opens on start. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsStartTest {
    static final SandboxOptions DEMO = SandboxOptions.defaults().withLeads(300);

    @TempDir
    Path configDir;

    Stage stage;
    AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        if (context != null) {
            robot.interact(context::close);
        }
    }

    @Test
    void theLastUsedViewOpensOnStart(FxRobot robot) {
        launch(robot);
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        SavedViewsPage views = new SavedViewsPage(robot);
        robot.clickOn("#quickSearch").write("an", 0);
        waitFor(() -> !table.rangeText().endsWith(" of 300"));
        table.waitUntilLoaded();
        String narrowed = table.rangeText();
        views.saveAs("With an");
        views.saveAs("Everyone but the same");
        views.apply("With an");
        table.waitForRange(narrowed);
        robot.interact(
                () -> context.mainWindowViewModel().getSession().leadTable().setPageSize(50));

        restart(robot);

        new LeadTablePage(robot).waitForRange(narrowed);
        assertEquals(List.of("With an", "Everyone but the same"), views.names());
        assertEquals("With an", views.lastUsed());
        assertEquals(
                20,
                context.mainWindowViewModel()
                        .getSession()
                        .leadTable()
                        .pageSizeProperty()
                        .get(),
                "the view opens as it was saved, not as it was changed after");
        assertTrue(Files.exists(configDir.resolve(SavedViewsFile.FILE_NAME)));
    }

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            context = new AppContext(new DemoWorkspaceConnector(DEMO), url -> {}, FilterPanelSlot::create);
            context.start(stage, configDir, FileTokenStore::new);
        });
        waitFor(() -> context.mainWindowViewModel().getSession() != null);
        // the filter pane with the views sidebar comes once the first rows are painted
        waitFor(() -> robot.lookup("#quickSearch").tryQuery().isPresent());
    }

    private void restart(FxRobot robot) {
        robot.interact(() -> {
            context.close();
            stage.hide();
            stage = new Stage();
        });
        launch(robot);
    }
}
