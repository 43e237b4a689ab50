package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.TokenStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The token store as the window uses it. Finding the best store probes the system keychain, which can take
 * seconds or ask to unlock it, so the probe runs on the first call that needs a token, never while the demo
 * starts. It also notes the workspaces whose token was written, so that an edited workspace is reconnected. Calls
 * block while the probe runs: call them off the FX thread.
 */
final class DeferredTokenStore implements TokenStore {
    private final Supplier<TokenStore> probe;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private TokenStore store;

    /** @param probe finds the store to use, e.g. {@code () -> TokenStores.best(configDir)}; called once */
    DeferredTokenStore(Supplier<TokenStore> probe) {
        this.probe = probe;
    }

    /** The store in use, probed on the first call. */
    synchronized TokenStore resolved() {
        if (store == null) {
            store = probe.get();
        }
        return store;
    }

    /** Whether a token of {@code workspaceId} was written since the last time this was asked. */
    boolean takeWritten(String workspaceId) {
        return written.remove(workspaceId);
    }

    @Override
    public Optional<String> read(String workspaceId) {
        return resolved().read(workspaceId);
    }

    @Override
    public void write(String workspaceId, String token) {
        resolved().write(workspaceId, token);
        written.add(workspaceId);
    }

    @Override
    public void delete(String workspaceId) {
        resolved().delete(workspaceId);
    }

    @Override
    public String whereStored() {
        return resolved().whereStored();
    }

    @Override
    public boolean isFileFallback() {
        return resolved().isFileFallback();
    }

    @Override
    public Optional<Path> tokenFile() {
        return resolved().tokenFile();
    }
}
