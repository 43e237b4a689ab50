package app.leadbrowser.ui.views;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.StartedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The app as it starts for real, settings in a temp config directory: the last used view opens on start. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsStartTest {

    @TempDir
    Path configDir;

    @RegisterExtension
    final StartedApp app = StartedApp.withDemoLeads(300);

    @Test
    void theLastUsedViewOpensOnStart(FxRobot robot) {
        app.launch(robot, configDir);
        app.waitForWorkspace();
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        app.waitForSidePanes(robot);
        SavedViewsPage views = new SavedViewsPage(robot);
        robot.clickOn("#quickSearch").write("an", 0);
        waitFor(() -> !table.rangeText().endsWith(" of 300"));
        table.waitUntilLoaded();
        String narrowed = table.rangeText();
        views.saveAs("With an");
        views.saveAs("Everyone but the same");
        views.apply("With an");
        table.waitForRange(narrowed);
        robot.interact(() ->
                app.context().mainWindowViewModel().getSession().leadTable().setPageSize(50));

        app.restart(robot);

        new LeadTablePage(robot).waitForRange(narrowed);
        assertEquals(List.of("With an", "Everyone but the same"), views.names());
        assertEquals("With an", views.lastUsed());
        assertEquals(
                20,
                app.context()
                        .mainWindowViewModel()
                        .getSession()
                        .leadTable()
                        .listing()
                        .pageSizeProperty()
                        .get(),
                "the view opens as it was saved, not as it was changed after");
        assertTrue(Files.exists(configDir.resolve(SavedViewsFile.FILE_NAME)));
    }
}
