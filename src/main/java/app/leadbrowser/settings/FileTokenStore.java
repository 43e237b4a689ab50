package app.leadbrowser.settings;

import app.leadbrowser.client.Json;
import app.leadbrowser.logging.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens in {@value #FILE_NAME} in the config directory, for computers without a system keychain: a JSON object
 * from workspace id to token in a file only its owner can read (POSIX 600, or an owner-only ACL on Windows),
 * created with those permissions and replaced atomically on every change.
 */
public final class FileTokenStore implements TokenStore {
    public static final String FILE_NAME = "tokens.json";
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);

    private final Path file;

    public FileTokenStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** The token file (it may not exist yet). */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> read(String workspaceId) {
        try {
            return Optional.ofNullable(readAll().get(workspaceId));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void write(String workspaceId, String token) {
        Secrets.register(token);
        try {
            TreeMap<String, String> tokens = readAll();
            tokens.put(workspaceId, token);
            writeAll(tokens);
        } catch (IOException e) {
            throw failure("stored", e);
        }
    }

    @Override
    public synchronized void delete(String workspaceId) {
        try {
            TreeMap<String, String> tokens = readAll();
            if (tokens.remove(workspaceId) != null) {
                writeAll(tokens);
            }
        } catch (IOException e) {
            throw failure("removed", e);
        }
    }

    @Override
    public String whereStored() {
        return "Stored in a file only you can read: " + file + " (no system keychain was found)";
    }

    @Override
    public boolean isFileFallback() {
        return true;
    }

    @Override
    public Optional<Path> tokenFile() {
        return Optional.of(file);
    }

    private TreeMap<String, String> readAll() throws IOException {
        try {
            TreeMap<String, String> tokens = Json.mapper().readValue(Files.readAllBytes(file), MAP);
            return tokens == null ? new TreeMap<>() : tokens;
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (JsonProcessingException e) {
            // nothing in a broken file can be read back, so the next write starts afresh rather than failing
            // forever; the parser's message would quote a token, so only the file is named
            LOG.warn("The token file {} is damaged; its tokens must be entered again", file);
            return new TreeMap<>();
        }
    }

    private void writeAll(Map<String, String> tokens) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(tokens), true);
    }

    private TokenStoreException failure(String what, IOException e) {
        return new TokenStoreException(
                "The token could not be " + what + " in " + file + " ("
                        + e.getClass().getSimpleName() + ")",
                null);
    }
}
