package app.leadbrowser.ui.common;

import app.leadbrowser.settings.Workspace;

/** A workspace's name as the window shows it: the demo workspace's in the language in use, others as named. */
public final class WorkspaceNames {
    private WorkspaceNames() {}

    public static String of(Workspace workspace) {
        return workspace.isDemo() ? Texts.get("common.demoWorkspace") : workspace.name();
    }
}
