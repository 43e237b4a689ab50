package app.leadbrowser.settings;

import java.util.List;
import java.util.Map;

/**
 * Everything the app keeps across restarts (never a token): the window, the workspaces, which one is active,
 * and each workspace's view, keyed by workspace id.
 */
public record AppSettings(
        WindowState window, List<Workspace> workspaces, String activeWorkspaceId, Map<String, ViewState> views) {

    public AppSettings {
        window = window == null ? WindowState.defaults() : window;
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        activeWorkspaceId = activeWorkspaceId == null ? Workspace.DEMO_ID : activeWorkspaceId;
        views = views == null ? Map.of() : Map.copyOf(views);
    }

    public static AppSettings defaults() {
        return new AppSettings(WindowState.defaults(), List.of(), Workspace.DEMO_ID, Map.of());
    }

    public ViewState view(String workspaceId) {
        return views.getOrDefault(workspaceId, ViewState.defaults());
    }
}
