package app.leadbrowser.settings;

import com.github.javakeyring.Keyring;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where tokens go on this computer. */
public final class TokenStores {
    private static final Logger LOG = LoggerFactory.getLogger(TokenStores.class);
    private static final long PROBE_SECONDS = 10;

    private TokenStores() {}

    /**
     * The system keychain when it really works here (checked by writing, reading back and deleting a dummy
     * entry), else a {@link FileTokenStore} in {@code configDir}. Never throws: any keychain failure (none
     * installed, no D-Bus session, a locked keychain nobody unlocks within 10 s) means the file. Blocks while it
     * checks; call it off the UI thread.
     */
    public static TokenStore best(Path configDir) {
        return workingKeyring().orElseGet(() -> new FileTokenStore(configDir));
    }

    private static Optional<TokenStore> workingKeyring() {
        // a daemon thread, so that a keychain that never answers cannot keep the app from exiting
        CompletableFuture<Optional<TokenStore>> probe = new CompletableFuture<>();
        Thread thread = new Thread(() -> probe.complete(probeKeyring()), "keychain-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(PROBE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.info("The system keychain did not answer; tokens go to a file");
            return Optional.empty();
        }
    }

    private static Optional<TokenStore> probeKeyring() {
        Keyring keyring = null;
        try {
            keyring = Keyring.create();
            String account = "probe-" + UUID.randomUUID();
            String secret = UUID.randomUUID().toString();
            keyring.setPassword(KeyringTokenStore.SERVICE, account, secret);
            boolean readBack = secret.equals(keyring.getPassword(KeyringTokenStore.SERVICE, account));
            keyring.deletePassword(KeyringTokenStore.SERVICE, account);
            if (readBack) {
                return Optional.of(new KeyringTokenStore(keyring));
            }
            LOG.info("The system keychain did not give back what was stored; tokens go to a file");
        } catch (Throwable e) { // also linkage errors from the native backends
            LOG.info(
                    "No usable system keychain ({}); tokens go to a file",
                    e.getClass().getSimpleName());
        }
        closeQuietly(keyring);
        return Optional.empty();
    }

    private static void closeQuietly(Keyring keyring) {
        if (keyring == null) {
            return;
        }
        try {
            keyring.close();
        } catch (Throwable e) {
            // the keyring was unusable anyway; nothing is lost
        }
    }
}
