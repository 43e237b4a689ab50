package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The start-up work that needs no window, begun before the JavaFX toolkit starts so that it runs while the toolkit
 * starts and the window is built: reading the settings and, when the demo workspace is the one that will open,
 * starting its sandbox. With no settings file yet the demo opens for sure, so its sandbox starts at once,
 * alongside the settings read.
 */
final class EarlyStart implements AutoCloseable {
    private final CompletableFuture<LoadedSettings> settings = new CompletableFuture<>();
    private final DemoWorkspaceConnector demo;

    private EarlyStart(DemoWorkspaceConnector demo) {
        this.demo = demo;
    }

    /** Begins reading {@code configDir} (and maybe starting the demo sandbox) on background threads. */
    static EarlyStart begin(Path configDir, Function<Path, TokenStore> tokenStores, SandboxOptions demoOptions) {
        EarlyStart early = new EarlyStart(new DemoWorkspaceConnector(demoOptions));
        Thread thread = new Thread(() -> early.run(configDir, tokenStores), "early-start");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    private void run(Path configDir, Function<Path, TokenStore> tokenStores) {
        if (Files.notExists(configDir.resolve(SettingsStore.FILE_NAME))) {
            demo.startEarly();
        }
        try {
            LoadedSettings loaded = LoadedSettings.read(configDir, tokenStores);
            StartTrace.mark("settings read");
            if (loaded.workspaces().active().isDemo()) {
                demo.startEarly();
            }
            settings.complete(loaded);
        } catch (Throwable failure) {
            settings.completeExceptionally(failure);
        }
    }

    /** Opens the demo workspace; takes the sandbox started early, if any. */
    DemoWorkspaceConnector demoConnector() {
        return demo;
    }

    /** The settings, if they have been read by now (without waiting). */
    Optional<LoadedSettings> settingsIfRead() {
        return settings.isDone() && !settings.isCompletedExceptionally()
                ? Optional.of(settings.join())
                : Optional.empty();
    }

    /** Waits for the settings (call off the FX thread). */
    LoadedSettings settings() throws Exception {
        try {
            return settings.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    /** Closes a demo sandbox started early that the window never opened. */
    @Override
    public void close() {
        demo.close();
    }
}
