package app.leadbrowser.settings;

import app.leadbrowser.logging.Secrets;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/** Tokens in the system keychain (macOS Keychain, Windows Credential Manager, Secret Service, KWallet). */
public final class KeyringTokenStore implements TokenStore {
    static final String SERVICE = "Lead Browser";

    private final Keyring keyring;

    /** Wraps an open keyring; {@link TokenStores#best} makes one only after checking that it works. */
    KeyringTokenStore(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public Optional<String> read(String workspaceId) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, workspaceId));
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty(); // the backends report "no such entry" this way too
        }
    }

    @Override
    public void write(String workspaceId, String token) {
        Secrets.register(token);
        try {
            keyring.setPassword(SERVICE, workspaceId, token);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new TokenStoreException(
                    "The token could not be stored in the system keychain ("
                            + e.getClass().getSimpleName() + ")",
                    null);
        }
    }

    @Override
    public void delete(String workspaceId) {
        if (read(workspaceId).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, workspaceId);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new TokenStoreException(
                    "The token could not be removed from the system keychain ("
                            + e.getClass().getSimpleName() + ")",
                    null);
        }
    }

    @Override
    public String whereStored() {
        return "Stored in the system keychain";
    }

    @Override
    public boolean isFileFallback() {
        return false;
    }
}
