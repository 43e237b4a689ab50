package app.leadbrowser.ui.settings;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Workspaces" window: add, edit, test and remove real workspaces. */
public final class WorkspaceDialog {
    private WorkspaceDialog() {}

    /**
     * Shows the dialog over {@code owner} and waits until it is closed; returns the workspaces then (demo
     * first). Opens on a new workspace when there is no real one yet, else on the active workspace. A connection
     * test still running when the dialog closes is cancelled. Call on the FX thread.
     */
    public static List<Workspace> show(Window owner, WorkspaceService service, TaskRunner runner) {
        WorkspaceDialogViewModel model = new WorkspaceDialogViewModel(service, runner);
        if (service.list().size() == 1) {
            model.newWorkspace();
        } else {
            model.select(service.active());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("settings.workspaces"));
        stage.setScene(new Scene(new WorkspaceDialogView(model, stage::close)));
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window's close button asks first too when there are unsaved changes
            model.requestClose(stage::close);
        });
        stage.setOnHidden(e -> model.close());
        stage.showAndWait();
        return service.list();
    }
}
