package app.leadbrowser.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.export.ExportViewModel.Scope;
import app.leadbrowser.ui.export.ExportViewModel.State;
import app.leadbrowser.ui.leads.LeadColumns;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export flow against a sandbox a little past the 10,000 window, through the command line's exporter, with a
 * synchronous runner (the progress is delivered at once, on the test's thread).
 */
class ExportViewModelTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(10_100);

    @TempDir
    Path dir;

    final List<String> opened = new ArrayList<>();
    final FileOpener recordingOpener = new FileOpener() {
        @Override
        public void open(Path file) {
            opened.add("open " + file.getFileName());
        }

        @Override
        public void showInFolder(Path file) {
            opened.add("folder " + file.getFileName());
        }
    };

    @AfterEach
    void noInterruptLeftOnTheTestThread() {
        assertFalse(Thread.interrupted());
    }

    static LeadQuery manySessions() {
        return LeadQuery.defaults().withFilter(Filter.and(Conditions.number("$sessions", Operator.GT, 100)));
    }

    final SyncTaskRunner runner = new SyncTaskRunner();
    final ExportChoices choices = new ExportChoices();

    ExportViewModel export(LeadQuery query, long total, List<LeadSummary> selected, FileOpener opener) {
        return new ExportViewModel(
                new LeadExporter(sandbox.client()),
                runner,
                Runnable::run,
                opener,
                choices,
                new ExportViewModel.Table(query, total, selected, LeadColumns.defaults()),
                dir);
    }

    @Test
    void exportsTheFilterToCsvAndSaysNothingWasDroppedOrCut() throws Exception {
        long expected = sandbox.client().listLeads(manySessions()).execute().total();
        ExportViewModel vm = export(manySessions(), expected, List.of(), recordingOpener);
        assertEquals(Scope.FILTER, vm.scopeProperty().get());
        List<String> progress = new ArrayList<>();
        vm.progressTextProperty().addListener((obs, old, text) -> progress.add(text));

        vm.start();
        runner.deliverAll();

        assertEquals(State.DONE, vm.getState(), vm.getMessage());
        Path file = vm.getWrittenFile();
        assertTrue(file.getFileName().toString().endsWith(".csv"));
        assertEquals(expected + 1, Files.readAllLines(file).size(), "a header and one line per lead");
        String count = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(expected);
        assertTrue(progress.contains("Fetched " + count + " of " + count + " leads"), progress.toString());
        assertEquals(
                "Exported " + count + " leads to " + file + ".\n"
                        + "No lead appeared twice while the list was read.\n"
                        + "Every lead of the filter is in the file.",
                vm.getMessage());
    }

    @Test
    void orGroupsAreExportedWholeEachLeadOnce() throws Exception {
        Filter many = manySessions().filter();
        Filter gmail = Filter.and(Conditions.text("$email", Operator.STR_CONTAINS, "gmail"));
        Set<String> expected = new HashSet<>(idsOf(many));
        expected.addAll(idsOf(gmail));
        ExportViewModel vm = new ExportViewModel(
                new LeadExporter(sandbox.client()),
                runner,
                Runnable::run,
                recordingOpener,
                choices,
                new ExportViewModel.Table(
                        new FilterGroups(List.of(many, gmail)),
                        LeadQuery.defaults(),
                        expected.size(),
                        List.of(),
                        LeadColumns.defaults()),
                dir);
        assertEquals(Scope.FILTER, vm.scopeProperty().get(), "OR groups export the whole filter, not only a selection");
        vm.formatProperty().set(ExportFormat.JSONL);

        vm.start();
        runner.deliverAll();

        assertEquals(State.DONE, vm.getState(), vm.getMessage());
        List<String> lines = Files.readAllLines(vm.getWrittenFile());
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(json.readTree(line).get("id").asText());
        }
        assertEquals(expected, new HashSet<>(ids), "every lead of either group");
        assertEquals(expected.size(), ids.size(), "each once");
    }

    private static List<String> idsOf(Filter filter) throws Exception {
        List<String> ids = new ArrayList<>();
        LeadQuery query = LeadQuery.defaults().withFilter(filter).withLimit(LeadQuery.MAX_LIMIT);
        for (int offset = 0; ; offset += LeadQuery.MAX_LIMIT) {
            List<LeadSummary> page = sandbox.client()
                    .listLeads(query.withOffset(offset))
                    .execute()
                    .leads();
            page.forEach(lead -> ids.add(lead.id()));
            if (page.size() < LeadQuery.MAX_LIMIT) {
                return ids;
            }
        }
    }

    @Test
    void aFilterPastTheTenThousandWindowIsExportedWhole() throws Exception {
        ExportViewModel vm = export(LeadQuery.defaults(), 10_100, List.of(), recordingOpener);
        assertEquals("All 10,100 leads of the current filter", vm.getFilterScopeText());
        vm.formatProperty().set(ExportFormat.JSONL);
        vm.start();
        runner.deliverAll();

        assertEquals(State.DONE, vm.getState(), vm.getMessage());
        assertTrue(vm.getWrittenFile().toString().endsWith(".jsonl"));
        List<String> lines = Files.readAllLines(vm.getWrittenFile());
        assertEquals(10_100, lines.size());
        assertEquals(10_100, lines.stream().distinct().count());
        assertTrue(vm.getMessage().endsWith("Every lead of the filter is in the file."), vm.getMessage());
    }

    @Test
    void leadsOutOfReachAreCountedAndExplained() throws Exception {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withLeads(12_000));
                DashlyClient client = new DashlyClient(ClientConfig.of(big.baseUrl(), big.appId(), big.token()))) {
            SyncTaskRunner bigRunner = new SyncTaskRunner();
            ExportViewModel vm = new ExportViewModel(
                    new LeadExporter(client),
                    bigRunner,
                    Runnable::run,
                    recordingOpener,
                    choices,
                    new ExportViewModel.Table(
                            LeadQuery.defaults().withSort("plan", SortOrder.ASC),
                            12_000,
                            List.of(),
                            LeadColumns.defaults()),
                    dir);
            vm.start();
            bigRunner.deliverAll();

            assertEquals(State.DONE, vm.getState(), vm.getMessage());
            assertEquals(10_001, Files.readAllLines(vm.getWrittenFile()).size(), "a header and the first 10,000");
            assertTrue(
                    vm.getMessage()
                            .endsWith(
                                    "2,000 of the filter’s 12,000 leads could not be reached: sorted by plan, which is"
                                            + " not a date or a number, Dashly lists only the first 10,000 leads; sort by a date"
                                            + " or a number to reach them all."),
                    vm.getMessage());
        }
    }

    @Test
    void theSelectedRowsGoToAnExcelFileWithoutAskingTheServer() throws Exception {
        List<LeadSummary> rows = sandbox.client()
                .listLeads(manySessions().withLimit(3))
                .execute()
                .leads();
        ExportViewModel vm = export(LeadQuery.defaults(), 10_100, rows, recordingOpener);
        assertEquals(Scope.SELECTION, vm.scopeProperty().get(), "several rows selected: they are what is meant");
        assertEquals("The 3 selected rows", vm.getSelectionScopeText());
        vm.formatProperty().set(ExportFormat.XLSX);
        int requestsBefore = sandbox.server().requests().count();

        vm.start();
        runner.deliverAll();

        assertEquals(State.DONE, vm.getState(), vm.getMessage());
        assertEquals(requestsBefore, sandbox.server().requests().count());
        assertTrue(vm.getWrittenFile().toString().endsWith(".xlsx"));
        assertTrue(vm.getMessage().startsWith("Exported 3 leads to "));
        assertTrue(vm.getMessage().endsWith("The file holds the selected rows as the table shows them."));
    }

    @Test
    void cancelStopsTheRunAndLeavesNoFile() throws IOException {
        ExportViewModel vm = export(LeadQuery.defaults(), 10_100, List.of(), recordingOpener);
        vm.progressTextProperty().addListener((obs, old, text) -> {
            if (text.startsWith("Fetched 50 ")) {
                vm.cancel(); // after the first page, while the walk goes on
            }
        });

        vm.start();
        runner.deliverAll();

        assertEquals(State.CANCELLED, vm.getState());
        assertEquals("Export cancelled. No file was written.", vm.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor its temp file is left");
        }
        assertTrue(vm.canStartBinding().get(), "it can be started again");
    }

    @Test
    void aPlaceThatCannotBeWrittenFailsWithTheReason() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "x");
        ExportViewModel vm = export(manySessions(), 1, List.of(), recordingOpener);
        vm.pathProperty().set(dir.resolve("not-a-folder").resolve("leads.csv").toString());

        vm.start();
        runner.deliverAll();

        assertEquals(State.FAILED, vm.getState());
        assertTrue(vm.getMessage().startsWith("Export failed: Cannot write "), vm.getMessage());
        assertTrue(vm.getMessage().contains("is a file, not a folder"), vm.getMessage());
    }

    @Test
    void aFolderIsNotAFileName() {
        ExportViewModel vm = export(manySessions(), 1, List.of(), recordingOpener);
        vm.pathProperty().set(dir.toString());
        vm.start();
        runner.deliverAll();
        assertEquals(State.FAILED, vm.getState());
        assertEquals("Export failed: Cannot write " + dir + ": it is a folder", vm.getMessage());
        vm.pathProperty().set("/");
        vm.start();
        runner.deliverAll();
        assertEquals("Give a file name, not a folder.", vm.getMessage());
    }

    @Test
    void theFileNameFollowsTheFormat() {
        ExportViewModel vm = export(manySessions(), 1, List.of(), recordingOpener);
        assertTrue(vm.pathProperty().get().startsWith(dir.resolve("leads-").toString()));
        vm.formatProperty().set(ExportFormat.XLSX);
        assertTrue(vm.pathProperty().get().endsWith(".xlsx"));
        vm.pathProperty().set(dir.resolve("typed.jsonl").toString());
        assertEquals(ExportFormat.JSONL, vm.formatProperty().get(), "a name typed with an extension picks its format");
        vm.pathProperty().set(dir.resolve("mine.txt").toString());
        vm.formatProperty().set(ExportFormat.CSV);
        assertTrue(vm.pathProperty().get().endsWith("mine.txt"), "a name the user chose is left alone");
    }

    @Test
    void theFileAndItsFolderAreHandedToTheSystemOrTheUserIsToldWhereItIs() {
        ExportViewModel vm = export(manySessions(), 1, List.of(), recordingOpener);
        vm.start();
        runner.deliverAll();
        vm.openFile();
        vm.showInFolder();
        runner.deliverAll();
        String name = vm.getWrittenFile().getFileName().toString();
        assertEquals(List.of("open " + name, "folder " + name), opened);

        FileOpener unable = new FileOpener() {
            @Override
            public void open(Path file) throws IOException {
                throw new IOException("no application is associated");
            }

            @Override
            public void showInFolder(Path file) {
                throw new UnsupportedOperationException("BROWSE_FILE_DIR");
            }
        };
        ExportViewModel failing = export(manySessions(), 1, List.of(), unable);
        failing.start();
        runner.deliverAll();
        failing.showInFolder();
        runner.deliverAll();
        assertEquals(
                "This computer could not open it from Lead Browser. The file is at " + failing.getWrittenFile(),
                failing.fileMessageProperty().get());
    }
}
