package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.WorkspaceNames;
import app.leadbrowser.ui.leads.ListAsOfView;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: the workspace, its lead count and how fresh the list is, auto-refresh, notices and errors. */
final class StatusBar {
    private final HBox bar;
    private final ListAsOfView listAsOf = new ListAsOfView();

    StatusBar(MainWindowViewModel vm, AutoRefreshViewModel autoRefresh) {
        Label workspace = label("statusWorkspace", workspaceName(vm));
        Label total = label("statusTotal", vm.statusTotalProperty());
        Label loaded = label("statusLoaded", vm.statusLoadedProperty());
        Label error = label("statusError", vm.statusErrorProperty());
        error.getStyleClass().add("danger");
        Label notice = label("statusNotice", vm.noticeProperty());
        notice.getStyleClass().add("warning");
        Label refreshing = label("statusAutoRefresh", autoRefresh.statusTextProperty());
        refreshing.getStyleClass().add("text-muted");
        refreshing.visibleProperty().bind(autoRefresh.statusTextProperty().isNotEmpty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        notice.setMinWidth(0); // a long notice is cut short; the tooltip has all of it
        notice.setTooltip(new Tooltip());
        notice.getTooltip().textProperty().bind(vm.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(
                10,
                workspace,
                new Separator(Orientation.VERTICAL),
                total,
                listAsOf.getRoot(),
                new Separator(Orientation.VERTICAL),
                loaded,
                refreshing,
                spacer,
                notice,
                error);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        vm.sessionProperty().addListener((obs, old, session) -> {
            if (session != null) {
                listAsOf.show(session.leadTable());
            }
        });
    }

    Node root() {
        return bar;
    }

    private static ObservableStringValue workspaceName(MainWindowViewModel vm) {
        return Bindings.createStringBinding(
                () -> vm.activeWorkspaceProperty().get() == null
                        ? ""
                        : WorkspaceNames.of(vm.activeWorkspaceProperty().get()),
                vm.activeWorkspaceProperty());
    }

    private static Label label(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE); // a long notice beside it is cut short instead
        label.textProperty().bind(text);
        return label;
    }
}
