package app.leadbrowser.ui.shell;

import app.leadbrowser.AppVersion;
import app.leadbrowser.settings.FilterHistory;
import app.leadbrowser.settings.FilterHistoryEntry;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.TokenStore;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.open.RecentLead;
import app.leadbrowser.ui.open.RecentLeadsFile;
import app.leadbrowser.ui.views.SavedViewsFile;
import app.leadbrowser.ui.views.WorkspaceViews;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * What is read at start-up, off the FX thread: the settings, the workspaces, the (deferred) token store and each
 * feature's own file (filter history, preferences, saved views, recent leads).
 */
record LoadedSettings(
        SettingsStore store,
        WorkspaceService workspaces,
        DeferredTokenStore tokens,
        Optional<String> notice,
        PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> history,
        PreferencesStore preferences,
        PerWorkspaceStore<SavedViewsFile, WorkspaceViews> savedViews,
        PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> recentLeads) {

    /** Reads {@code configDir}; the token store is probed only when a token is first needed. */
    static LoadedSettings read(Path configDir, Function<Path, TokenStore> tokenStores) {
        // the first log line, off the FX thread: Logback starts here rather than on the window's start path
        LoggerFactory.getLogger(AppContext.class)
                .info("Lead Browser {} started; settings in {}", AppVersion.get(), configDir);
        SettingsStore store = new SettingsStore(configDir);
        store.load();
        DeferredTokenStore tokens = new DeferredTokenStore(() -> tokenStores.apply(configDir));
        PreferencesStore preferences = new PreferencesStore(configDir);
        preferences.load();
        return new LoadedSettings(
                store,
                new WorkspaceService(store, tokens),
                tokens,
                store.brokenFile().map(UserMessages::fileNotRead),
                PerWorkspaceStore.load(configDir, FilterHistory.STORE),
                preferences,
                PerWorkspaceStore.load(configDir, SavedViewsFile.STORE),
                PerWorkspaceStore.load(configDir, RecentLeadsFile.STORE));
    }
}
