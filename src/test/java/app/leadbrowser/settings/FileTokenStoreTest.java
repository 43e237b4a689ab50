package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripAndDelete() {
        FileTokenStore store = new FileTokenStore(dir);
        assertEquals(Optional.empty(), store.read("w1"));

        store.write("w1", "token-one");
        store.write("w2", "token-two");
        store.write("w1", "token-one-new");

        FileTokenStore reopened = new FileTokenStore(dir);
        assertEquals(Optional.of("token-one-new"), reopened.read("w1"));
        assertEquals(Optional.of("token-two"), reopened.read("w2"));

        reopened.delete("w1");
        reopened.delete("never-stored");
        assertEquals(Optional.empty(), store.read("w1"));
        assertEquals(Optional.of("token-two"), store.read("w2"));
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path configDir = dir.resolve("new-config");
        FileTokenStore store = new FileTokenStore(configDir);
        store.write("w1", "token-one");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(configDir)));
        store.write("w2", "token-two");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        try (Stream<Path> files = Files.list(configDir)) {
            assertEquals(List.of(store.file()), files.toList(), "no temp file is left behind");
        }
    }

    @Test
    void saysWhereTheTokensAre() {
        FileTokenStore store = new FileTokenStore(dir);
        assertTrue(store.isFileFallback());
        assertEquals(
                "Stored in a file only you can read: " + dir.resolve("tokens.json") + " (no system keychain was found)",
                store.whereStored());
    }

    @Test
    void aBrokenFileIsReplacedByTheNextWrite() throws IOException {
        Files.writeString(dir.resolve("tokens.json"), "{\"w1\": \"secret-token-123");
        FileTokenStore store = new FileTokenStore(dir);
        assertEquals(Optional.empty(), store.read("w1"));

        store.write("w2", "token-two");

        assertEquals(Optional.of("token-two"), store.read("w2"));
        assertFalse(Files.readString(store.file()).contains("secret-token-123"));
    }

    @Test
    void withoutAKeychainTheBestStoreIsTheFile() {
        TokenStore best = TokenStores.best(dir);
        // this machine (headless Linux, no Secret Service) has no keychain; elsewhere the probe may find one
        assumeTrue(best.isFileFallback(), "a working system keychain was found: " + best.whereStored());
        assertTrue(best instanceof FileTokenStore);
        assertEquals(dir.resolve("tokens.json"), ((FileTokenStore) best).file());
        best.write("w1", "token-one");
        assertEquals(Optional.of("token-one"), best.read("w1"));
        best.delete("w1");
        assertEquals(Optional.empty(), best.read("w1"));
    }
}
