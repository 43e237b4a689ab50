package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.leadbrowser.client.http.ClientConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspaces over the real settings file and token file of a temp config directory. */
class WorkspaceServiceTest {
    @TempDir
    Path dir;

    private WorkspaceService service() {
        SettingsStore settings = new SettingsStore(dir);
        settings.load();
        return new WorkspaceService(settings, new FileTokenStore(dir));
    }

    @Test
    void removingTheActiveWorkspaceShowsTheDemoAndKeepsTheOthers() {
        WorkspaceService service = service();
        Workspace shop = service.add("Shop", "1", "https://api.dashly.app", "token-shop");
        Workspace blog = service.add("Blog", "2", "https://api.dashly.app", "token-blog");
        assertEquals(shop, service.activate(shop.id()));

        service.remove(blog.id());
        assertEquals(shop, service.active(), "removing another workspace keeps the active one");
        service.remove(shop.id());
        assertEquals(Workspace.demo(), service.active());
        assertEquals(List.of(Workspace.demo()), service.list());
        assertEquals(Optional.empty(), service.tokenFor(shop.id()));
    }

    @Test
    void removingOneWorkspaceKeepsTheOthersAndTheirTokens() {
        WorkspaceService service = service();
        Workspace shop = service.add("Shop", "1", "https://api.dashly.app", "token-shop");
        Workspace blog = service.add("Blog", "2", "https://api.dashly.app", "token-blog");
        service.remove(shop.id());
        assertEquals(List.of(Workspace.demo(), blog), service.list());
        assertEquals(Optional.of("token-blog"), service.tokenFor(blog.id()));
    }

    @Test
    void onlySavedWorkspacesCanBeChangedOrRemoved() {
        WorkspaceService service = service();
        Workspace ghost = new Workspace("ghost", "Ghost", "1", "https://api.dashly.app");
        assertThrows(IllegalArgumentException.class, () -> service.update(ghost, null));
        assertThrows(IllegalArgumentException.class, () -> service.remove("ghost"));
        assertThrows(IllegalArgumentException.class, () -> service.remove(Workspace.DEMO_ID));
        assertEquals(List.of(Workspace.demo()), service.list());
    }

    @Test
    void aDemoEntryInTheSettingsFileIsNotListedTwice() {
        SettingsStore settings = new SettingsStore(dir);
        settings.load();
        settings.saveSoon(new AppSettings(
                AppSettings.defaults().window(),
                List.of(new Workspace(Workspace.DEMO_ID, "Copied demo", "1", "https://api.dashly.app")),
                Workspace.DEMO_ID,
                Map.of()));
        WorkspaceService service = new WorkspaceService(settings, new FileTokenStore(dir));
        assertEquals(List.of(Workspace.demo()), service.list());
    }

    @Test
    void aSavedWorkspaceIsReachedWithItsStoredToken() {
        WorkspaceService service = service();
        Workspace shop = service.add("Shop", "12", "https://api.dashly.app", " token-shop ");
        ClientConfig config = service.configFor(shop);
        assertEquals("https://api.dashly.app", config.baseUrl());
        assertEquals("12", config.appId());
        assertEquals("token-shop", config.token());

        assertThrows(IllegalStateException.class, () -> service.configFor(Workspace.demo()));
        new FileTokenStore(dir).delete(shop.id());
        IllegalStateException noToken = assertThrows(IllegalStateException.class, () -> service.configFor(shop));
        assertEquals("No token is stored for \"Shop\"; enter it again in the Workspaces dialog", noToken.getMessage());
    }
}
