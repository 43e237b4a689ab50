package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.WindowState;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** The window's place and size and the split pane's dividers, as the settings keep them. */
final class WindowBounds {
    private static final double[] DEFAULT_DIVIDERS = {0.24, 0.67};
    /** A card divider beyond this leaves the card too narrow to read: opening a card moves it back. */
    private static final double CARD_HIDDEN = 0.95;

    private final SplitPane split;

    WindowBounds(SplitPane split) {
        this.split = split;
        split.setDividerPositions(DEFAULT_DIVIDERS);
    }

    /** View → Reset panes. */
    void resetPanes() {
        split.setDividerPositions(DEFAULT_DIVIDERS);
    }

    /** Gives the card its default width back when it was dragged almost shut. */
    void revealCard() {
        if (split.getDividerPositions()[1] > CARD_HIDDEN) {
            split.setDividerPosition(1, DEFAULT_DIVIDERS[1]);
        }
    }

    /** Calls {@code listener} when the window is moved, resized, maximized or a split divider is dragged. */
    void addListener(Stage stage, InvalidationListener listener) {
        List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())
                .forEach(value -> value.addListener(listener));
        stage.maximizedProperty().addListener(listener);
        split.getDividers().forEach(divider -> divider.positionProperty().addListener(listener));
    }

    WindowState current(Stage stage) {
        List<Double> dividers = new ArrayList<>();
        for (double position : split.getDividerPositions()) {
            dividers.add(position);
        }
        return new WindowState(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), dividers);
    }

    void apply(Stage stage, WindowState state) {
        boolean resized = stage.isShowing()
                && (stage.getWidth() != state.width() || stage.getHeight() != state.height() || state.maximized());
        if (!Double.isNaN(state.x()) && !Double.isNaN(state.y())) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMaximized(state.maximized());
        if (state.dividers().size() == 2) {
            double[] positions = {state.dividers().get(0), state.dividers().get(1)};
            split.setDividerPositions(positions);
            if (resized) {
                // the side panes keep their width in pixels when a shown window is resized, which moves the
                // dividers just set: set them again after the layout pass of the new size
                InvalidationListener[] once = new InvalidationListener[1];
                once[0] = width -> {
                    split.widthProperty().removeListener(once[0]);
                    Platform.runLater(() -> split.setDividerPositions(positions));
                };
                split.widthProperty().addListener(once[0]);
            }
        }
    }
}
