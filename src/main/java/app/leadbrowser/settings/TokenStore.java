package app.leadbrowser.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the API tokens of real workspaces live, one per workspace id: the system keychain when there is one,
 * else a file only the user can read. Never the settings JSON. A token is never part of a log line or an
 * exception message. Calls may block (a keychain can ask the user to unlock it): call them off the UI thread.
 *
 * @see TokenStores#best(java.nio.file.Path)
 */
public interface TokenStore {

    /** The token of this workspace, empty when none is stored. */
    Optional<String> read(String workspaceId);

    /**
     * Stores (or replaces) the token of this workspace.
     *
     * @throws TokenStoreException when it could not be stored
     */
    void write(String workspaceId, String token);

    /**
     * Forgets the token of this workspace; nothing happens when there is none.
     *
     * @throws TokenStoreException when it could not be removed
     */
    void delete(String workspaceId);

    /** One sentence for the UI saying where tokens are kept, e.g. "Stored in the system keychain". */
    String whereStored();

    /** True when tokens are in the fallback file rather than the system keychain (the UI shows a note). */
    boolean isFileFallback();

    /** The fallback file the tokens are in; empty for the system keychain. */
    default Optional<Path> tokenFile() {
        return Optional.empty();
    }
}
