package app.leadbrowser.ui.shell;

import app.leadbrowser.AppVersion;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.TokenStore;
import app.leadbrowser.settings.WorkspaceService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/** What is read at start-up, off the FX thread: the settings, the workspaces and the (deferred) token store. */
record LoadedSettings(
        SettingsStore store, WorkspaceService workspaces, DeferredTokenStore tokens, Optional<String> notice) {

    /** Reads {@code configDir}; the token store is probed only when a token is first needed. */
    static LoadedSettings read(Path configDir, Function<Path, TokenStore> tokenStores) {
        // the first log line, off the FX thread: Logback starts here rather than on the window's start path
        LoggerFactory.getLogger(AppContext.class)
                .info("Lead Browser {} started; settings in {}", AppVersion.get(), configDir);
        SettingsStore store = new SettingsStore(configDir);
        store.load();
        DeferredTokenStore tokens = new DeferredTokenStore(() -> tokenStores.apply(configDir));
        return new LoadedSettings(store, new WorkspaceService(store, tokens), tokens, store.startupNotice());
    }
}
