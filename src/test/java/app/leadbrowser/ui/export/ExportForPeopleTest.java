package app.leadbrowser.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.export.XlsxParts;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.settings.Preferences;
import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.export.ExportViewModel.Scope;
import app.leadbrowser.ui.export.ExportViewModel.State;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadColumn;
import app.leadbrowser.ui.leads.LeadColumns;
import app.leadbrowser.ui.leads.LeadColumnsViewModel;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's export as a person opens it in a spreadsheet: the table's visible columns first, in its order, under
 * the labels its header shows (English and Russian), a byte-order mark on CSV so Excel reads the accents, phones
 * as text cells in Excel, and the raw-keys option, remembered across restarts. Against a sandbox of 300 leads.
 */
class ExportForPeopleTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(300);

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    final SyncTaskRunner runner = new SyncTaskRunner();
    final ExportChoices choices = new ExportChoices();

    /** Nothing is opened: these tests read the files themselves. */
    static final FileOpener NO_OPENER = new FileOpener() {
        @Override
        public void open(Path file) {}

        @Override
        public void showInFolder(Path file) {}
    };

    ExportViewModel export(List<LeadColumn> columns, List<LeadSummary> selected) {
        return export(choices, columns, selected);
    }

    ExportViewModel export(ExportChoices kept, List<LeadColumn> columns, List<LeadSummary> selected) {
        return export(kept, new ExportViewModel.Table(LeadQuery.defaults(), 300, selected, columns));
    }

    ExportViewModel export(ExportChoices kept, ExportViewModel.Table table) {
        return new ExportViewModel(
                new LeadExporter(sandbox.client()), runner, Runnable::run, NO_OPENER, kept, table, dir);
    }

    Path run(ExportViewModel vm) {
        vm.start();
        runner.deliverAll();
        assertEquals(State.DONE, vm.getState(), vm.getMessage());
        return vm.getWrittenFile();
    }

    /** The table as a user left it: Sessions hidden, Phone dragged before Email. */
    static List<LeadColumn> rearrangedTable() {
        LeadColumnsViewModel table = new LeadColumnsViewModel();
        table.updateColumnLayout(List.of(
                new ColumnState(LeadColumn.PRESENCE, 32, true),
                new ColumnState("$name", 150, true),
                new ColumnState("$phone", 125, true),
                new ColumnState("$email", 190, true)));
        table.setColumnVisible("$sessions", false);
        return table.getColumns();
    }

    @Test
    void theCsvStartsWithTheByteOrderMarkThenTheTablesColumnsUnderTheirLabels() throws Exception {
        byte[] file = Files.readAllBytes(run(export(rearrangedTable(), List.of())));

        assertArrayEquals(BOM, Arrays.copyOf(file, 3), "Excel reads UTF-8 when opened by a double-click");
        List<CSVRecord> rows = csv(file);
        List<String> header = rows.get(0).toList();
        assertEquals(
                List.of("Name", "Phone", "Email", "Last seen", "City", "Country", "ID", "Presence"),
                header.subList(0, 8));
        List<String> rest = header.subList(8, header.size());
        assertEquals(rest.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), rest, "the rest by label");
        assertTrue(rest.contains("Sessions"), "a hidden column is among the rest, labelled: " + rest);
        assertTrue(rest.stream().noneMatch(label -> label.startsWith("$")), "no raw key: " + rest);
        assertEquals(300, rows.size() - 1);

        LeadSummary lead = firstWithPhone();
        CSVRecord row = rows.stream()
                .filter(record -> record.get(6).equals(lead.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(PropValues.text(lead.prop("$name")), row.get(0));
        String phone = PropValues.text(lead.prop("$phone"));
        assertEquals("'" + phone, row.get(1), "CSV keeps the formula guard: a CSV cell has no type");
        assertEquals(Texts.get("common.presence." + lead.presence().wireName()), row.get(7));
    }

    @Test
    void inRussianTheHeadersAreTheRussianLabels() throws Exception {
        Texts.use(Locale.forLanguageTag("ru"));
        ExportViewModel vm = export(LeadColumns.defaults(), List.of());

        List<CSVRecord> rows = csv(Files.readAllBytes(run(vm)));

        assertEquals(
                List.of("Имя", "Email", "Телефон", "Последний визит", "Сессии", "Город", "Страна", "ID", "Статус"),
                rows.get(0).toList().subList(0, 9));
        assertTrue(
                List.of("Онлайн", "Неактивен", "Офлайн", "")
                        .contains(rows.get(1).get(8)),
                rows.get(1).get(8));
    }

    @Test
    void rawKeysGiveTheCommandLinesColumnsAndTheChoiceIsRememberedAcrossRestarts() throws Exception {
        Path config = dir.resolve("config");
        PreferencesStore store = new PreferencesStore(config, Duration.ofMillis(10));
        store.load();
        choices.attach(store);
        ExportViewModel vm = export(LeadColumns.defaults(), List.of());
        assertFalse(vm.rawKeysProperty().get(), "labelled columns unless asked");

        vm.rawKeysProperty().set(true);
        byte[] file = Files.readAllBytes(run(vm));

        assertArrayEquals(BOM, Arrays.copyOf(file, 3), "the window's CSV has the mark either way");
        List<String> header = csv(file).get(0).toList();
        assertEquals(List.of("id", "presence"), header.subList(0, 2));
        List<String> keys = header.subList(2, header.size());
        assertEquals(keys.stream().sorted().toList(), keys);
        assertTrue(keys.contains("$name") && keys.contains("$phone"), keys.toString());

        vm.formatProperty().set(ExportFormat.XLSX);
        store.close();
        Preferences kept = new PreferencesStore(config).load();
        assertTrue(kept.exportRawKeys());
        assertEquals("xlsx", kept.exportFormat());
        ExportViewModel next = export(reloaded(config), LeadColumns.defaults(), List.of());
        assertTrue(next.rawKeysProperty().get());
        assertEquals(ExportFormat.XLSX, next.formatProperty().get());
        assertTrue(
                next.pathProperty().get().endsWith(".xlsx"), next.pathProperty().get());
    }

    @Test
    void excelGetsThePhoneAsATextCellExactlyAsTheLeadHasIt() throws Exception {
        LeadSummary lead = firstWithPhone();
        ExportViewModel vm = export(LeadColumns.defaults(), List.of(lead));
        vm.scopeProperty().set(Scope.SELECTION);
        vm.formatProperty().set(ExportFormat.XLSX);

        Map<String, String> parts = XlsxParts.unzip(Files.readAllBytes(run(vm)));

        assertEquals("Phone", XlsxParts.textCell(parts, "C1"));
        assertEquals(PropValues.text(lead.prop("$phone")), XlsxParts.textCell(parts, "C2"), "no guard's quote");
        assertEquals(lead.id(), XlsxParts.textCell(parts, "H2"));
    }

    @Test
    void anEventColumnIsHeadedByTheEventTypesNameOnceTheCatalogKnowsIt() throws Exception {
        List<LeadSummary> firstPage =
                sandbox.client().listLeads(LeadQuery.defaults()).execute().leads();
        LeadSummary withEvents = firstPage.stream()
                .filter(lead -> !eventCounts(lead).isEmpty())
                .findFirst()
                .orElseThrow();
        PropertyCatalog catalog = new PropertyCatalog();
        catalog.learnFrom(sandbox.client().getLead(withEvents.id()).execute()); // as EventNamer learns a card
        String named = eventCounts(withEvents).get(0);
        String name = catalog.eventName(PropertyLabels.eventParts(named)[0]).orElseThrow();
        String unnamed = firstPage.stream()
                .flatMap(lead -> eventCounts(lead).stream())
                .filter(key ->
                        catalog.eventName(PropertyLabels.eventParts(key)[0]).isEmpty())
                .findFirst()
                .orElseThrow();

        List<String> header = csv(Files.readAllBytes(run(export(
                        choices,
                        new ExportViewModel.Table(
                                FilterGroups.all(),
                                LeadQuery.defaults(),
                                300,
                                List.of(),
                                LeadColumns.defaults(),
                                catalog)))))
                .get(0)
                .toList();

        assertTrue(header.contains(Texts.get("filter.event", name, Texts.get("labels.stat.count"))), header.toString());
        assertFalse(header.contains(PropertyLabels.label(named)), "not \"Event N count\" once named: " + header);
        assertTrue(header.contains(PropertyLabels.label(unnamed)), "a type no card named keeps its label: " + header);
    }

    private static List<String> eventCounts(LeadSummary lead) {
        return lead.props().keySet().stream()
                .filter(key -> PropertyLabels.eventParts(key) != null && key.endsWith("_count"))
                .sorted()
                .toList();
    }

    @Test
    void jsonLinesHasNoColumnsToChooseAndNoByteOrderMark() throws Exception {
        ExportViewModel vm = export(LeadColumns.defaults(), List.of());
        assertTrue(vm.hasColumnsBinding().get());
        vm.formatProperty().set(ExportFormat.JSONL);
        assertFalse(vm.hasColumnsBinding().get(), "the raw-keys option is off for JSON Lines");

        byte[] file = Files.readAllBytes(run(vm));

        assertEquals('{', file[0]);
    }

    /** A lead of the first page whose phone starts with "+", as a formula would. */
    private static LeadSummary firstWithPhone() throws Exception {
        return sandbox.client().listLeads(LeadQuery.defaults()).execute().leads().stream()
                .filter(lead -> PropValues.text(lead.prop("$phone")).startsWith("+"))
                .findFirst()
                .orElseThrow();
    }

    private static ExportChoices reloaded(Path config) {
        PreferencesStore store = new PreferencesStore(config);
        store.load();
        ExportChoices reloaded = new ExportChoices();
        reloaded.attach(store);
        return reloaded;
    }

    private static List<CSVRecord> csv(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        try (Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }
}
