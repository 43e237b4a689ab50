package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.settings.JsonFileStore;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.settings.Preferences;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.FileDialogs;
import app.leadbrowser.ui.common.FxDebouncer;
import app.leadbrowser.ui.common.FxFileDialogs;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.export.DesktopFileOpener;
import app.leadbrowser.ui.export.ExportChoices;
import app.leadbrowser.ui.export.ExportDialog;
import app.leadbrowser.ui.export.ExportViewModel;
import app.leadbrowser.ui.export.FileOpener;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableView;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.leads.ListingState;
import app.leadbrowser.ui.open.LeadFinder;
import app.leadbrowser.ui.open.OpenLeadDialog;
import app.leadbrowser.ui.open.OpenLeadViewModel;
import app.leadbrowser.ui.open.RecentLead;
import app.leadbrowser.ui.open.RecentLeadsFile;
import app.leadbrowser.ui.open.RecentLeadsViewModel;
import app.leadbrowser.ui.palette.FoundLeads;
import app.leadbrowser.ui.views.SavedView;
import app.leadbrowser.ui.views.SavedViewsFile;
import app.leadbrowser.ui.views.SavedViewsView;
import app.leadbrowser.ui.views.SavedViewsViewModel;
import app.leadbrowser.ui.views.WorkspaceViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Saved views, export from the window and opening a lead by id, wired into the shell: their per-workspace files, the
 * ViewModels each session gets, the views sidebar above the filter, and the "Leads" and "Views" menus with their
 * shortcuts (Ctrl+L, Ctrl+E, Ctrl+Shift+S, Ctrl+1…9). Use on the FX thread.
 */
final class FeatureWiring {
    private final TaskRunner runner;
    private final TimeTexts times;
    private final MainWindowViewModel vm;
    private final DialogService dialogs;
    private final Map<WorkspaceSession, SavedViewsView> sidebars = new WeakHashMap<>();
    private PerWorkspaceStore<SavedViewsFile, WorkspaceViews> savedViews =
            PerWorkspaceStore.inMemory(SavedViewsFile.STORE);
    private PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> recentLeads =
            PerWorkspaceStore.inMemory(RecentLeadsFile.STORE);
    private FileDialogs fileDialogs = new FxFileDialogs();
    /** Asks whichever file dialogs are in use when asked: sidebars made before a test swaps them follow it. */
    private final FileDialogs currentFileDialogs = new FileDialogs() {
        @Override
        public Optional<Path> chooseSave(Window owner, String title, Path suggested, String extension) {
            return fileDialogs.chooseSave(owner, title, suggested, extension);
        }

        @Override
        public Optional<Path> chooseOpen(Window owner, String title, Path folder, String extension) {
            return fileDialogs.chooseOpen(owner, title, folder, extension);
        }
    };

    private FileOpener fileOpener;
    private MainWindow window;
    private final ExportChoices exportChoices = new ExportChoices();

    FeatureWiring(TaskRunner runner, TimeTexts times, MainWindowViewModel vm, LinkOpener links, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.times = times;
        this.vm = vm;
        this.fileOpener = new DesktopFileOpener(links);
    }

    /** The stores read from the config directory replace the in-memory ones (before any session opens). */
    void useStores(
            PerWorkspaceStore<SavedViewsFile, WorkspaceViews> views,
            PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> recents) {
        this.savedViews = views;
        this.recentLeads = recents;
    }

    /** Keeps the export window's choices in {@code preferences} (read already) from now on. */
    void usePreferences(JsonFileStore<Preferences> preferences) {
        exportChoices.attach(preferences);
    }

    /** Tests answer the file choosers and stand in for the OS's file handling. */
    void useFileHandling(FileDialogs dialogs, FileOpener opener) {
        this.fileDialogs = dialogs;
        this.fileOpener = opener;
    }

    /** Each workspace's last used saved view, which opens on start in place of the view kept from the last run. */
    Map<String, ViewState> lastUsedViews() {
        Map<String, ViewState> last = new HashMap<>();
        savedViews.all().forEach((workspaceId, kept) -> kept.views().stream()
                .filter(view -> view.id().equals(kept.lastUsedId()))
                .findFirst()
                .ifPresent(view -> last.put(workspaceId, view.view())));
        return last;
    }

    SavedViewsViewModel savedViewsFor(String workspaceId, ListingState listing) {
        return new SavedViewsViewModel(workspaceId, savedViews, listing, runner);
    }

    RecentLeadsViewModel recentLeadsFor(String workspaceId) {
        return new RecentLeadsViewModel(workspaceId, recentLeads, times);
    }

    /** Puts each session's saved views in the left pane, beside its filter. */
    FilterSlot.Factory withViewsSidebar(FilterSlot.Factory filterSlots) {
        return session -> {
            FilterSlot filter = filterSlots.create(session);
            SavedViewsView sidebar = new SavedViewsView(session.savedViews(), currentFileDialogs, dialogs);
            sidebars.put(session, sidebar);
            return filter.withSidebar(sidebar.getRoot());
        };
    }

    /** Adds the "Leads" and "Views" menus to {@code mainWindow}. */
    void attach(MainWindow mainWindow) {
        this.window = mainWindow;
        mainWindow.addMenu(leadsMenu());
        mainWindow.addMenu(viewsMenu());
        mainWindow.findLeadsWith(new FoundLeads(
                newFinder(() -> vm.getSession() == null
                        ? null
                        : vm.getSession().connection().client()),
                lead -> Optional.ofNullable(vm.getSession()).ifPresent(session -> openCard(session, lead))));
    }

    /** Flushes the files (at exit). */
    void close() {
        savedViews.close();
        recentLeads.close();
    }

    // ---- open a lead -------------------------------------------------------------------------------------------

    /** Shows the "Open lead" box for the workspace shown. */
    void openLeadBox(boolean focusRecent) {
        WorkspaceSession session = vm.getSession();
        if (session == null) {
            return;
        }
        OpenLeadViewModel box = new OpenLeadViewModel(
                session.connection().client(), runner, session.recentLeads(), lead -> openCard(session, lead));
        OpenLeadDialog.show(owner(), box, newFinder(() -> session.connection().client()), focusRecent);
    }

    /** Finds leads as one types (Ctrl+K, Ctrl+L) in the workspace of {@code client}. */
    private LeadFinder newFinder(Supplier<DashlyClient> client) {
        return new LeadFinder(client, runner, new FxDebouncer(Duration.millis(250)));
    }

    private void openCard(WorkspaceSession session, LeadSummary lead) {
        if (session == vm.getSession()) {
            window.openLeadCard(() -> session.selection().select(lead));
        }
    }

    private Menu leadsMenu() {
        MenuItem open = new MenuItem(Texts.get("open.menuItem"));
        open.setId("openLeadItem");
        open.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> openLeadBox(false));
        Menu recent = new Menu(Texts.get("open.recentMenu"));
        recent.setId("recentLeadsMenu");
        ListChangeListener<RecentLead> refill = change -> fillRecent(recent);
        vm.sessionProperty().addListener((obs, old, session) -> {
            if (old != null) {
                old.recentLeads().getLeads().removeListener(refill);
            }
            if (session != null) {
                session.recentLeads().getLeads().addListener(refill);
            }
            fillRecent(recent);
        });
        fillRecent(recent);
        MenuItem export = new MenuItem(Texts.get("export.menu"));
        export.setId("exportLeadsItem");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(event -> openExport());
        Menu leads = new Menu(Texts.get("open.menu"), null, open, recent, new SeparatorMenuItem(), export);
        leads.setId("leadsMenu");
        return leads;
    }

    private void fillRecent(Menu menu) {
        WorkspaceSession session = vm.getSession();
        List<MenuItem> items = new ArrayList<>();
        if (session != null) {
            RecentLeadsViewModel recents = session.recentLeads();
            for (RecentLead lead : recents.getLeads()) {
                MenuItem item = new MenuItem(recents.describe(lead));
                item.setId("recentLead-" + lead.id());
                item.setMnemonicParsing(false);
                item.setOnAction(event -> openCard(session, RecentLeadsViewModel.summaryOf(lead)));
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("open.recentMenu.none"));
            none.setDisable(true);
            items.add(none);
        }
        menu.getItems().setAll(items);
    }

    // ---- export ----------------------------------------------------------------------------------------------

    /** Shows the export window for the workspace shown: its filter and sort, and the rows selected. */
    void openExport() {
        WorkspaceSession session = vm.getSession();
        LeadTableView tableView = window.currentTableView();
        if (session == null || tableView == null) {
            return;
        }
        LeadTableViewModel table = session.leadTable();
        LeadQuery query = LeadQuery.defaults()
                .withSort(
                        table.listing().sortPropProperty().get(),
                        table.listing().sortOrderProperty().get());
        List<LeadSummary> selected = tableView.getTable().getSelectionModel().getSelectedItems().stream()
                .map(LeadRowViewModel::summary)
                .toList();
        ExportViewModel export = new ExportViewModel(
                new LeadExporter(session.connection().client()),
                runner,
                Platform::runLater,
                fileOpener,
                exportChoices,
                new ExportViewModel.Table(
                        table.listing().getFilterGroups(),
                        query,
                        table.getTotal(),
                        selected,
                        table.columns().getColumns(),
                        session.catalog()),
                ExportViewModel.defaultFolder());
        ExportDialog.show(owner(), export, fileDialogs);
    }

    // ---- saved views -----------------------------------------------------------------------------------------

    private Menu viewsMenu() {
        Menu views = new Menu(Texts.get("views.menu"));
        views.setId("viewsMenu");
        // filled ahead of time, not when shown, so that Ctrl+1…9 work before the menu was ever opened
        ListChangeListener<SavedView> refill = change -> fillViews(views);
        vm.sessionProperty().addListener((obs, old, session) -> {
            if (old != null) {
                old.savedViews().getViews().removeListener(refill);
            }
            if (session != null) {
                session.savedViews().getViews().addListener(refill);
            }
            fillViews(views);
        });
        fillViews(views);
        return views;
    }

    /** "Save current view…", then every saved view, the first nine with Ctrl+1…9. */
    private void fillViews(Menu menu) {
        MenuItem save = new MenuItem(Texts.get("views.saveCurrent"));
        save.setId("saveViewItem");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        save.setOnAction(event -> sidebar().ifPresent(SavedViewsView::saveCurrent));
        List<MenuItem> items = new ArrayList<>(List.of(save));
        WorkspaceSession session = vm.getSession();
        if (session != null && !session.savedViews().getViews().isEmpty()) {
            items.add(new SeparatorMenuItem());
            List<SavedView> saved = session.savedViews().getViews();
            for (int i = 0; i < saved.size(); i++) {
                SavedView view = saved.get(i);
                MenuItem item = new MenuItem(view.name());
                item.setId("applyView-" + i);
                item.setMnemonicParsing(false);
                if (i < 9) {
                    item.setAccelerator(new KeyCodeCombination(
                            KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN));
                }
                item.setOnAction(event -> session.savedViews().apply(view));
                items.add(item);
            }
        }
        menu.getItems().setAll(items);
    }

    private Optional<SavedViewsView> sidebar() {
        return Optional.ofNullable(sidebars.get(vm.getSession()));
    }

    private Window owner() {
        return window.getRoot().getScene().getWindow();
    }
}
