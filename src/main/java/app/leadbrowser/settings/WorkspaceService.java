package app.leadbrowser.settings;

import app.leadbrowser.client.http.ClientConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The workspaces the app knows: the built-in demo workspace first, then the real ones from the settings. Real
 * workspaces keep their token in the {@link TokenStore}, never in the settings. Changes are saved through the
 * {@link SettingsStore} (debounced). Token calls may block on a keychain: call the methods that touch tokens off
 * the UI thread.
 *
 * <p>Switching workspaces is one call: {@link #activate(String)}, then {@link #configFor(Workspace)} for a real
 * one (the demo workspace's config comes from the embedded sandbox).
 */
public final class WorkspaceService {
    private final SettingsStore settings;
    private final TokenStore tokens;

    public WorkspaceService(SettingsStore settings, TokenStore tokens) {
        this.settings = Objects.requireNonNull(settings);
        this.tokens = Objects.requireNonNull(tokens);
    }

    /** The demo workspace, then the real ones in the order they were added. */
    public List<Workspace> list() {
        List<Workspace> all = new ArrayList<>();
        all.add(Workspace.demo());
        all.addAll(real(settings.current()));
        return List.copyOf(all);
    }

    /** The workspace with this id, if there is one. */
    public Optional<Workspace> find(String id) {
        return list().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** The workspace the window shows; the demo workspace when the remembered one is gone. */
    public Workspace active() {
        return find(settings.current().activeWorkspaceId()).orElseGet(Workspace::demo);
    }

    /** Makes this workspace the active one and remembers it; returns it. */
    public Workspace activate(String id) {
        Workspace workspace = find(id).orElseThrow(() -> new IllegalArgumentException("No workspace " + id));
        settings.update(s -> new AppSettings(s.window(), s.workspaces(), workspace.id(), s.views()));
        return workspace;
    }

    /**
     * Adds a real workspace with a new id: the token goes to the token store, the rest to the settings.
     *
     * @throws TokenStoreException when the token could not be stored (then nothing is added)
     */
    public Workspace add(String name, String appId, String baseUrl, String token) {
        Workspace workspace = new Workspace(UUID.randomUUID().toString(), name.strip(), appId.strip(), baseUrl);
        tokens.write(workspace.id(), requireToken(token));
        settings.update(s -> {
            List<Workspace> all = new ArrayList<>(real(s));
            all.add(workspace);
            return new AppSettings(s.window(), all, s.activeWorkspaceId(), s.views());
        });
        return workspace;
    }

    /**
     * Replaces a real workspace's name, app id and base URL (matched by id); a non-null token replaces the stored
     * one, null keeps it.
     *
     * @throws TokenStoreException when the new token could not be stored (then nothing is changed)
     */
    public Workspace update(Workspace workspace, String newToken) {
        requireReal(workspace.id());
        Workspace changed = new Workspace(
                workspace.id(), workspace.name().strip(), workspace.appId().strip(), workspace.baseUrl());
        if (newToken != null) {
            tokens.write(workspace.id(), requireToken(newToken));
        }
        settings.update(s -> {
            List<Workspace> all = new ArrayList<>(real(s));
            all.replaceAll(w -> w.id().equals(changed.id()) ? changed : w);
            return new AppSettings(s.window(), all, s.activeWorkspaceId(), s.views());
        });
        return changed;
    }

    /**
     * Removes a real workspace, its token and its remembered view; the demo workspace becomes active if it was.
     *
     * @throws TokenStoreException when the token could not be removed (the workspace is removed anyway)
     */
    public void remove(String id) {
        requireReal(id);
        settings.update(s -> {
            List<Workspace> all = new ArrayList<>(real(s));
            all.removeIf(w -> w.id().equals(id));
            Map<String, ViewState> views = new HashMap<>(s.views());
            views.remove(id);
            String active = id.equals(s.activeWorkspaceId()) ? Workspace.DEMO_ID : s.activeWorkspaceId();
            return new AppSettings(s.window(), all, active, views);
        });
        tokens.delete(id);
    }

    /** The stored token of a real workspace. */
    public Optional<String> tokenFor(String id) {
        return tokens.read(id);
    }

    /**
     * How to reach a real workspace, with its stored token.
     *
     * @throws IllegalStateException for the demo workspace or when no token is stored (message fit for a person)
     * @throws IllegalArgumentException when the saved app id or base URL is not valid
     */
    public ClientConfig configFor(Workspace workspace) {
        if (workspace.isDemo()) {
            throw new IllegalStateException("The demo workspace runs in the embedded sandbox");
        }
        String token = tokenFor(workspace.id())
                .orElseThrow(() -> new IllegalStateException("No token is stored for \"" + workspace.name()
                        + "\"; enter it again in the Workspaces dialog"));
        return ClientConfig.of(workspace.baseUrl(), workspace.appId(), token);
    }

    /** The token store in use (the dialog says where tokens go). */
    public TokenStore tokenStore() {
        return tokens;
    }

    private static List<Workspace> real(AppSettings s) {
        return s.workspaces().stream().filter(w -> !w.isDemo()).toList();
    }

    private void requireReal(String id) {
        if (Workspace.DEMO_ID.equals(id) || real(settings.current()).stream().noneMatch(w -> w.id().equals(id))) {
            throw new IllegalArgumentException("Not a saved workspace: " + id);
        }
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The API token is empty");
        }
        return token.strip();
    }
}
