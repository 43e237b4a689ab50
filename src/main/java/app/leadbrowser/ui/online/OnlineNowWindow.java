package app.leadbrowser.ui.online;

import app.leadbrowser.ui.common.Texts;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Online now view in a window of its own beside the main one (not modal), for the workspace shown: switching
 * workspace switches the list. It counts as visible while it is shown and not minimized, so auto-refresh runs only
 * then. Escape closes it.
 *
 * @param <S> the workspace session type the list is made for
 */
public final class OnlineNowWindow<S> {
    private final ObservableValue<S> session;
    private final Function<S, OnlineNowViewModel> viewModels;
    private final Supplier<Window> owner;
    private Stage stage;
    private OnlineNowViewModel vm;

    /**
     * @param session the session shown in the main window
     * @param viewModels makes the list's ViewModel for a session
     * @param owner the main window, which the list stays in front of
     */
    public OnlineNowWindow(
            ObservableValue<S> session, Function<S, OnlineNowViewModel> viewModels, Supplier<Window> owner) {
        this.session = session;
        this.viewModels = viewModels;
        this.owner = owner;
        session.addListener((obs, old, now) -> {
            if (stage != null && stage.isShowing()) {
                showSession(now);
            } else {
                dropViewModel();
            }
        });
    }

    /** Shows the window (or brings it to the front) with the leads online now in the current workspace. */
    public void show() {
        if (stage == null) {
            stage = createStage();
        }
        if (vm == null) {
            showSession(session.getValue());
        }
        stage.show();
        stage.toFront();
        updateVisible();
    }

    /** The ViewModel shown now (null before the window opens); for tests. */
    public OnlineNowViewModel viewModel() {
        return vm;
    }

    /** Closes the window and stops its refreshing. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
        dropViewModel();
    }

    private Stage createStage() {
        Stage created = new Stage();
        created.initOwner(owner.get());
        created.setTitle(Texts.get("online.title"));
        created.setScene(new Scene(new StackPane(), 720, 520));
        created.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), created::hide);
        created.showingProperty().addListener((obs, old, showing) -> updateVisible());
        created.iconifiedProperty().addListener((obs, old, iconified) -> updateVisible());
        return created;
    }

    private void showSession(S shown) {
        dropViewModel();
        if (shown == null || stage == null) {
            return;
        }
        vm = viewModels.apply(shown);
        OnlineNowView view = new OnlineNowView(vm);
        stage.getScene().setRoot(view.getRoot());
        view.focus();
        updateVisible();
    }

    private void dropViewModel() {
        if (vm != null) {
            vm.close();
            vm = null;
        }
    }

    private void updateVisible() {
        if (vm != null) {
            vm.setVisible(stage != null && stage.isShowing() && !stage.isIconified());
        }
    }
}
