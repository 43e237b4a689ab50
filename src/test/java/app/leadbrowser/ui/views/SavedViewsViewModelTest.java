package app.leadbrowser.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved views against a real table ViewModel on the sandbox and a real file in a temp config directory. */
class SavedViewsViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(300);

    @TempDir
    Path configDir;

    PerWorkspaceStore<SavedViewsFile, WorkspaceViews> store;
    LeadTableViewModel table;
    SavedViewsViewModel views;

    @BeforeEach
    void open() {
        store = PerWorkspaceStore.load(configDir, SavedViewsFile.STORE);
        table = new LeadTableViewModel(
                sandbox.client(), sync, TimeTexts.system(), new LeadSelection(), new RecordingClipboard());
        table.refresh();
        sync.deliverAll();
        views = new SavedViewsViewModel("ws-1", store, table.listing(), sync);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Filter withEmail() {
        return Filter.and(Conditions.text("$email", Operator.STR_CONTAINS, "@"));
    }

    @Test
    void savingKeepsTheTablesFilterSortPageSizeAndColumnsAndApplyingBringsThemBack() {
        table.setFilter(withEmail());
        sync.deliverAll();
        table.setSort("$name", SortOrder.ASC);
        sync.deliverAll();
        table.setPageSize(50);
        sync.deliverAll();
        table.columns().setColumnVisible("$phone", false);
        sync.deliverAll();
        SavedView saved = views.saveCurrent("  With email  ").orElseThrow();
        assertEquals("With email", saved.name());
        assertEquals(table.currentViewState(), saved.view());

        table.setFilter(Filter.all());
        sync.deliverAll();
        table.setSort("$last_seen", SortOrder.DESC);
        sync.deliverAll();
        table.setPageSize(10);
        sync.deliverAll();
        table.columns().setColumnVisible("$phone", true);
        sync.deliverAll();
        views.apply(saved);
        sync.deliverAll();

        assertEquals(withEmail(), table.filterProperty().get());
        assertEquals("$name", table.listing().sortPropProperty().get());
        assertEquals(SortOrder.ASC, table.listing().sortOrderProperty().get());
        assertEquals(50, table.listing().pageSizeProperty().get());
        assertFalse(table.columns().getColumns().stream()
                .filter(c -> c.key().equals("$phone"))
                .findFirst()
                .orElseThrow()
                .visible());
        assertEquals(saved, views.lastUsedProperty().get());
    }

    @Test
    void viewsAndTheLastUsedOneAreKeptInTheirOwnFileAcrossRestarts() {
        views.saveCurrent("All");
        sync.deliverAll();
        table.setFilter(withEmail());
        sync.deliverAll();
        SavedView email = views.saveCurrent("Email").orElseThrow();
        views.apply(views.getViews().get(0));
        sync.deliverAll();
        views.apply(email);
        sync.deliverAll();
        store.close();

        assertTrue(Files.exists(configDir.resolve(SavedViewsFile.FILE_NAME)));
        PerWorkspaceStore<SavedViewsFile, WorkspaceViews> reread =
                PerWorkspaceStore.load(configDir, SavedViewsFile.STORE);
        SavedViewsViewModel again = new SavedViewsViewModel("ws-1", reread, table.listing(), sync);
        assertEquals(List.of("All", "Email"), names(again));
        assertEquals(email.view(), again.lastUsedView().orElseThrow());
        SavedViewsViewModel otherWorkspace = new SavedViewsViewModel("ws-2", reread, table.listing(), sync);
        assertTrue(otherWorkspace.getViews().isEmpty(), "views are per workspace");
        reread.close();
    }

    @Test
    void aNameMustBeGivenAndUnusedIgnoringCase() {
        views.saveCurrent("Hot leads");
        sync.deliverAll();
        assertTrue(views.saveCurrent("   ").isEmpty());
        assertEquals("Give the view a name.", views.getMessage());
        assertTrue(views.saveCurrent("HOT LEADS").isEmpty());
        assertEquals("There is a view named “HOT LEADS” already.", views.getMessage());
        assertTrue(views.errorProperty().get());
        assertEquals(List.of("Hot leads"), names(views));
    }

    @Test
    void renameKeepsThePlaceAndRefusesATakenName() {
        SavedView first = views.saveCurrent("One").orElseThrow();
        views.saveCurrent("Two");
        sync.deliverAll();
        assertTrue(views.rename(first, "Uno"));
        assertEquals(List.of("Uno", "Two"), names(views));
        SavedView renamed = views.getViews().get(0);
        assertEquals(first.id(), renamed.id());
        assertFalse(views.rename(renamed, "two"));
        assertEquals(List.of("Uno", "Two"), names(views));
        assertTrue(views.rename(renamed, "UNO"), "its own name in another case is fine");
    }

    @Test
    void deleteCanBeUndoneInPlaceUntilTheNextChange() {
        views.saveCurrent("A");
        sync.deliverAll();
        SavedView b = views.saveCurrent("B").orElseThrow();
        views.saveCurrent("C");
        sync.deliverAll();
        views.delete(b);
        sync.deliverAll();
        assertEquals(List.of("A", "C"), names(views));
        assertTrue(views.canUndoProperty().get());
        views.undoDelete();
        sync.deliverAll();
        assertEquals(List.of("A", "B", "C"), names(views));
        assertFalse(views.canUndoProperty().get());

        views.delete(b);
        sync.deliverAll();
        views.saveCurrent("D");
        sync.deliverAll();
        assertFalse(views.canUndoProperty().get(), "another change ends the undo");
        assertEquals(List.of("A", "C", "D"), names(views));
        assertEquals(
                List.of("A", "C", "D"), names(store.get("ws-1").orElseThrow().views()));
    }

    @Test
    void reorderMovesOnePlaceAndStopsAtTheEnds() {
        SavedView a = views.saveCurrent("A").orElseThrow();
        views.saveCurrent("B");
        sync.deliverAll();
        SavedView c = views.saveCurrent("C").orElseThrow();
        views.moveUp(c);
        sync.deliverAll();
        assertEquals(List.of("A", "C", "B"), names(views));
        views.moveUp(a);
        sync.deliverAll();
        assertEquals(List.of("A", "C", "B"), names(views));
        views.moveDown(a);
        sync.deliverAll();
        views.moveDown(a);
        sync.deliverAll();
        views.moveDown(a);
        sync.deliverAll();
        assertEquals(List.of("C", "B", "A"), names(views));
        views.moveTo(a, 0);
        sync.deliverAll();
        assertEquals(List.of("A", "C", "B"), names(views));
        assertEquals(
                List.of("A", "C", "B"), names(store.get("ws-1").orElseThrow().views()));
    }

    @Test
    void aViewExportedToAFileImportsAsTheSameViewUnderAFreeName() throws Exception {
        table.setFilter(withEmail());
        sync.deliverAll();
        table.setSort("$sessions", SortOrder.DESC);
        sync.deliverAll();
        SavedView shared = views.saveCurrent("Shared").orElseThrow();
        Path file = configDir.resolve("shared.json");
        views.exportTo(shared, file);
        sync.deliverAll();
        assertTrue(Files.readString(file).contains("\"lead_browser_view\" : 1"), Files.readString(file));

        views.importFrom(file);
        sync.deliverAll();
        assertEquals(List.of("Shared", "Shared (2)"), names(views));
        assertEquals(shared.view(), views.getViews().get(1).view());
        assertEquals("Added the view “Shared (2)”.", views.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
        not JSON      | {oops                                   | This file is not a view: it is not JSON text.
        other JSON    | {"type":"and","filters":[]}             | This file is not a Lead Browser view.
        newer format  | {"lead_browser_view":7,"name":"x"}      | This view was written by a newer Lead Browser (format 7); update the app to read it.
        no name       | {"lead_browser_view":1,"sort_prop":"$name","sort_order":"asc","page_size":20} | This view file has no name.
        bad order     | {"lead_browser_view":1,"name":"x","sort_prop":"$name","sort_order":"up","page_size":20} | This view file sorts “up”, which is neither asc nor desc.
        bad page size | {"lead_browser_view":1,"name":"x","sort_prop":"$name","sort_order":"asc","page_size":35} | This view file asks for 35 leads per page; Lead Browser shows 10, 20 or 50.
        bad columns   | {"lead_browser_view":1,"name":"x","sort_prop":"$name","sort_order":"asc","page_size":20,"columns":[{"width":3}]} | The columns in this view file are not valid.
        """)
    void aFileThatIsNotAViewChangesNothingAndSaysWhy(String what, String content, String message) throws Exception {
        views.saveCurrent("Mine");
        sync.deliverAll();
        Path file = configDir.resolve("bad.json");
        Files.writeString(file, content);
        views.importFrom(file);
        sync.deliverAll();
        assertEquals(message, views.getMessage());
        assertTrue(views.errorProperty().get());
        assertEquals(List.of("Mine"), names(views));
    }

    @Test
    void aViewWithAFilterTheAppCannotReadIsRefused() throws Exception {
        Path file = configDir.resolve("bad-filter.json");
        Files.writeString(
                file,
                "{\"lead_browser_view\":1,\"name\":\"x\",\"filters\":{\"type\":\"and\",\"filters\":"
                        + "[{\"property_name\":\"$name\",\"type\":\"teleport\",\"value\":{}}]},"
                        + "\"sort_prop\":\"$name\",\"sort_order\":\"asc\",\"page_size\":20}");
        views.importFrom(file);
        sync.deliverAll();
        assertTrue(views.getMessage().startsWith("The filter in this view file cannot be read: "), views.getMessage());
        assertTrue(views.getViews().isEmpty());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = configDir.resolve("nowhere.json");
        views.importFrom(missing);
        sync.deliverAll();
        assertEquals("There is no file " + missing + ".", views.getMessage());
    }

    private static List<String> names(SavedViewsViewModel vm) {
        return names(vm.getViews());
    }

    private static List<String> names(List<SavedView> list) {
        return list.stream().map(SavedView::name).toList();
    }
}
