package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * In place of the panes while a workspace opens ("Connecting…"), and when it could not be opened: what failed,
 * *Retry*, *Edit workspace…* and *Back to* the workspace shown before.
 */
final class ConnectingPane {
    private final VBox pane;
    private final Button edit = new Button(Texts.get("shell.editWorkspace"));

    ConnectingPane(MainWindowViewModel vm) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectingProgress");
        showWhile(progress, vm.connectingProperty());
        Label message = new Label();
        message.setId("connectingMessage");
        message.textProperty().bind(vm.connectMessageProperty());
        showWhile(message, vm.connectingProperty());
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.textProperty().bind(vm.connectErrorProperty());
        Button retry = Icons.RETRY.on(new Button(Texts.get("common.retry")));
        retry.setTooltip(new Tooltip(Texts.get("help.tip.retryConnect")));
        retry.setId("connectRetryButton");
        retry.setOnAction(event -> vm.retryConnect());
        edit.setId("connectEditButton");
        edit.setTooltip(new Tooltip(Texts.get("help.tip.editWorkspace")));
        showWhile(edit, vm.canEditFailedProperty().and(edit.onActionProperty().isNotNull()));
        Button back = new Button();
        back.setId("connectBackButton");
        back.textProperty().bind(vm.backToProperty());
        back.setOnAction(event -> vm.goBack());
        showWhile(back, vm.backToProperty().isNotEmpty());
        HBox actions = new HBox(8, retry, edit, back);
        actions.setAlignment(Pos.CENTER);
        showWhile(actions, vm.connectErrorProperty().isNotEmpty());
        pane = new VBox(12, progress, message, error, actions);
        pane.setAlignment(Pos.CENTER);
        pane.setMaxSize(420, 220);
        pane.getStyleClass().add("connecting-pane");
        pane.visibleProperty()
                .bind(vm.connectingProperty().or(vm.connectErrorProperty().isNotEmpty()));
    }

    Node root() {
        return pane;
    }

    /** What *Edit workspace…* does (the workspace dialog); the button shows once this is set. */
    void setOnEditWorkspace(Runnable action) {
        edit.setOnAction(action == null ? null : event -> action.run());
    }

    private static void showWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
