package app.leadbrowser.settings;

import app.leadbrowser.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, real settings and token stores in a fresh config directory and the workspace service over them,
 * as the app builds them; closed and deleted after the test. Register it on an instance field: {@code
 * @RegisterExtension final WorkspaceStores stores = new WorkspaceStores();}
 */
public final class WorkspaceStores implements BeforeEachCallback, AfterEachCallback {
    private Path configDir;
    private SettingsStore settings;
    private FileTokenStore tokens;
    private WorkspaceService service;

    public SettingsStore settings() {
        return settings;
    }

    public FileTokenStore tokens() {
        return tokens;
    }

    public WorkspaceService service() {
        return service;
    }

    /** Saves a workspace named {@code name} that reaches {@code sandbox}, with its token in the token store. */
    public Workspace saveWorkspaceFor(String name, SandboxServer sandbox) {
        return service.add(name, sandbox.appId(), sandbox.baseUrl(), sandbox.token());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        configDir = Files.createTempDirectory("workspace-stores");
        settings = new SettingsStore(configDir);
        settings.load();
        tokens = new FileTokenStore(configDir);
        service = new WorkspaceService(settings, tokens);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        settings.close();
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
