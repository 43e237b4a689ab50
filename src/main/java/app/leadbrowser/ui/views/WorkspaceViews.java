package app.leadbrowser.ui.views;

import java.util.List;

/** A workspace's saved views in the user's order, and the id of the one applied last (null for none). */
public record WorkspaceViews(List<SavedView> views, String lastUsedId) {

    public WorkspaceViews {
        views = views == null ? List.of() : List.copyOf(views);
    }

    public static WorkspaceViews none() {
        return new WorkspaceViews(List.of(), null);
    }
}
