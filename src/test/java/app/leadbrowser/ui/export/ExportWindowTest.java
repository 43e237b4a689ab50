package app.leadbrowser.ui.export;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.AnsweringFileDialogs;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Export from the real window on a sandbox of 300 leads, through the command line's exporter. */
@WindowOnSandboxTest.Leads(300)
class ExportWindowTest extends WindowOnSandboxTest {
    @TempDir
    Path dir;

    /** What was handed to the OS (on a background thread). */
    final List<String> handed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordWhatGoesToTheSystem(FxRobot robot) {
        FileOpener recording = new FileOpener() {
            @Override
            public void open(Path file) {
                handed.add("open " + file.getFileName());
            }

            @Override
            public void showInFolder(Path file) {
                handed.add("folder " + file.getFileName());
            }
        };
        robot.interact(() -> context.useFileHandling(new AnsweringFileDialogs(), recording));
    }

    @Test
    void exportsTheFilterToExcelWhileTheMainWindowStaysUsable(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        ExportPage export = new ExportPage(robot).open();
        assertEquals(Modality.NONE, export.stage().getModality(), "the main window stays usable");
        assertEquals("All 300 leads of the current filter", export.scopeText("#exportScopeFilter"));
        assertTrue(export.isChosen("#exportScopeFilter"));

        table.next().waitForRange("21–40 of 300");

        export.format(ExportFormat.XLSX);
        assertTrue(export.path().endsWith(".xlsx"), export.path());
        Path file = dir.resolve("all.xlsx");
        export.path(file.toString()).start().waitUntilEnded();
        assertTrue(export.message().startsWith("Exported 300 leads to " + file + "."), export.message());
        assertTrue(export.message().contains("No lead appeared twice while the list was read."));
        assertTrue(Files.exists(file));

        assertTrue(export.fileButtonsShown());
        export.openFile();
        waitFor(() -> handed.contains("open all.xlsx"));
        export.showInFolder();
        waitFor(() -> handed.contains("folder all.xlsx"));
        export.close();
    }

    @Test
    void theSelectedRowsAreExportedAndAClickStillOpensOneCard(FxRobot robot) throws Exception {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        table.clickRow(0);
        new LeadCardPage(robot).waitForLead(table.ids().get(0));
        robot.press(KeyCode.SHIFT);
        table.clickRow(2);
        robot.release(KeyCode.SHIFT);
        assertEquals(3, table.table().getSelectionModel().getSelectedItems().size());

        ExportPage export = new ExportPage(robot).open();
        assertTrue(export.isChosen("#exportScopeSelection"));
        assertEquals("The 3 selected rows", export.scopeText("#exportScopeSelection"));
        Path file = dir.resolve("three.csv");
        export.path(file.toString()).start().waitUntilEnded();

        assertTrue(export.message().endsWith("The file holds the selected rows as the table shows them."));
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), "a header and the three rows");
        assertTrue(lines.get(0).startsWith("\uFEFFName,Email,Phone,"), "the table's columns: " + lines.get(0));
        assertTrue(lines.get(1).contains("," + table.ids().get(0) + ","), lines.get(1));
        export.close();

        table.clickRow(5);
        new LeadCardPage(robot).waitForLead(table.ids().get(5));
        assertEquals(1, table.table().getSelectionModel().getSelectedItems().size());
    }

    @Test
    void rawPropertyKeysAreOneTickAwayAndNotOfferedForJsonLines(FxRobot robot) throws Exception {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        ExportPage export = new ExportPage(robot).open();
        assertTrue(export.rawKeysOffered());
        export.format(ExportFormat.JSONL);
        assertFalse(export.rawKeysOffered(), "JSON Lines has no columns");
        export.format(ExportFormat.CSV).rawKeys();
        Path file = dir.resolve("raw.csv");
        export.path(file.toString()).start().waitUntilEnded();
        assertTrue(Files.readAllLines(file).get(0).startsWith("\uFEFFid,presence,$"));
        export.close();
    }

    @Test
    void cancelStopsAnExportInFlightAndLeavesNoFile(FxRobot robot) throws Exception {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        ExportPage export = new ExportPage(robot).open();
        export.path(dir.resolve("slow.csv").toString());
        sandbox.faults().setLatency(Duration.ofMillis(800), Duration.ZERO);
        try {
            export.start().waitUntilRunning().cancel().waitUntilEnded();
        } finally {
            sandbox.faults().setLatency(Duration.ZERO, Duration.ZERO);
        }
        assertEquals("Export cancelled. No file was written.", export.message());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
        export.close();
    }
}
