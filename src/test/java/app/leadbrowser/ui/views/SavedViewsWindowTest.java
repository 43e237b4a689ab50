package app.leadbrowser.ui.views;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.common.AnsweringFileDialogs;
import app.leadbrowser.ui.export.FileOpener;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.MainWindowPage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The saved views sidebar in the real window on a sandbox of 300 leads. */
@WindowOnSandboxTest.Leads(300)
class SavedViewsWindowTest extends WindowOnSandboxTest {
    static final FileOpener NOT_USED = new FileOpener() {
        @Override
        public void open(Path file) {}

        @Override
        public void showInFolder(Path file) {}
    };

    @TempDir
    Path dir;

    final AnsweringFileDialogs dialogs = new AnsweringFileDialogs();

    @BeforeEach
    void answerTheFileChoosers(FxRobot robot) {
        robot.interact(() -> context.useFileHandling(dialogs, NOT_USED));
    }

    /** Narrows the table with the quick search and returns its range text. */
    static String quickSearch(FxRobot robot, LeadTablePage table, String text) {
        robot.clickOn("#quickSearch").write(text, 0);
        waitFor(() -> !table.rangeText().endsWith(" of 300"));
        table.waitUntilLoaded();
        return table.rangeText();
    }

    @Test
    void saveApplyRenameReorderDeleteAndUndo(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        SavedViewsPage views = new SavedViewsPage(robot);
        views.saveAs("Everyone");
        String narrowed = quickSearch(robot, table, "an");
        views.saveAs("With an");
        assertEquals(List.of("Everyone", "With an"), views.names());
        assertEquals("With an", views.lastUsed());

        views.apply("Everyone");
        table.waitForRange("1–20 of 300");
        assertEquals("Everyone", views.lastUsed());
        views.apply("With an");
        table.waitForRange(narrowed);

        views.rename("With an", "Names with an");
        assertEquals(List.of("Everyone", "Names with an"), views.names());
        views.select("Names with an").press(KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of("Everyone", "Names with an"), views.names(), "Alt+Up walks leads, it moves no view");
        views.select("Names with an").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.UP);
        assertEquals(List.of("Names with an", "Everyone"), views.names());
        assertEquals("Names with an", views.selected(), "the moved view stays selected for the next move");

        views.press(KeyCode.DELETE);
        assertEquals(List.of("Everyone"), views.names());
        assertEquals("Deleted the view “Names with an”.", views.message());
        assertTrue(views.undoOffered());
        views.undo();
        assertEquals(List.of("Names with an", "Everyone"), views.names());
        assertFalse(views.undoOffered());
    }

    @Test
    void aTakenNameIsRefusedAsItIsTyped(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        SavedViewsPage views = new SavedViewsPage(robot);
        views.saveAs("Everyone");
        robot.clickOn("#saveViewButton");
        views.typeName("EVERYONE");
        assertEquals("There is a view named “EVERYONE” already.", views.nameProblem());
        assertFalse(views.canConfirmName());
        views.cancelName();
        assertEquals(List.of("Everyone"), views.names());
    }

    @Test
    void theMenuShortcutsSaveAndApplyViews(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        SavedViewsPage views = new SavedViewsPage(robot);
        table.clickRow(0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        views.typeName("All").confirmName();
        String narrowed = quickSearch(robot, table, "an");
        assertEquals(List.of("All"), views.names());

        table.clickRow(0);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        table.waitForRange("1–20 of 300");
        assertFalse(narrowed.isEmpty());
    }

    @Test
    void aViewSharedAsAFileComesBackAndABadFileChangesNothing(FxRobot robot) throws Exception {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        SavedViewsPage views = new SavedViewsPage(robot);
        views.saveAs("Everyone");
        Path shared = dir.resolve("everyone.json");
        dialogs.answer(shared);
        views.select("Everyone").more("#exportViewItem");
        views.waitForMessage("Saved the view “Everyone” to " + shared + ".");
        assertTrue(Files.readString(shared).contains("\"name\" : \"Everyone\""));

        dialogs.answer(shared);
        views.more("#importViewItem").waitForMessage("Added the view “Everyone (2)”.");
        assertEquals(List.of("Everyone", "Everyone (2)"), views.names());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "hello");
        dialogs.answer(bad);
        views.more("#importViewItem").waitForMessage("This file is not a view: it is not JSON text.");
        assertEquals(List.of("Everyone", "Everyone (2)"), views.names());
    }

    @Test
    void aLongNameInANarrowSidebarIsCutToTheListNotScrolledSideways(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        new MainWindowPage(robot).setDividers(0.12, 0.67);
        SavedViewsPage views = new SavedViewsPage(robot);
        views.saveAs("Berlin leads seen this week with more than five sessions");
        ListCell<?> cell = views.cell("Berlin leads seen this week with more than five sessions");
        ListView<SavedView> list = views.list();
        assertTrue(
                cell.getWidth() <= list.getWidth(),
                "cell " + cell.getWidth() + " px in a list of " + list.getWidth() + " px");
        views.select("Berlin leads seen this week with more than five sessions");
        assertEquals("Berlin leads seen this week with more than five sessions", views.selected());
    }
}
