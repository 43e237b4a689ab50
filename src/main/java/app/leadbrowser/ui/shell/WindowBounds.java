package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.WindowState;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's place and size and the split pane's dividers, as the settings keep them. Kept sizes are fitted to
 * the screen they open on: the window to its visible area, the side panes to widths in pixels, so that a wide
 * screen gives the table the room and a small one keeps the saved views readable.
 */
final class WindowBounds {
    private static final double[] DEFAULT_DIVIDERS = WindowState.defaults().dividers().stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    /** A card divider beyond this leaves the card too narrow to read: opening a card moves it back. */
    private static final double CARD_HIDDEN = 0.95;

    /** The left pane holds the saved views' names: a narrow column is enough, the table takes the rest. */
    private static final double SIDEBAR_MIN = 160;

    private static final double SIDEBAR_MAX = 300;
    /** Divider positions closer than this are the same to the eye (under a pixel at 2560 px). */
    private static final double SAME = 0.0003;

    private static final double CARD_MAX = 560;

    private final SplitPane split;
    /** The card's divider while the card floats over the table (the split then has one divider). */
    private double cardDivider = DEFAULT_DIVIDERS[1];
    /** The dividers last restored, set again once the split pane has its new width. */
    private double[] wanted = DEFAULT_DIVIDERS;

    private boolean awaitingLayout;

    WindowBounds(SplitPane split) {
        this.split = split;
        split.setDividerPositions(DEFAULT_DIVIDERS);
    }

    /** View → Reset panes. */
    void resetPanes() {
        setDividers(DEFAULT_DIVIDERS);
    }

    /** Gives the card its default width back when it was dragged almost shut. */
    void revealCard() {
        if (cardInSplit() && split.getDividerPositions()[1] > CARD_HIDDEN) {
            split.setDividerPosition(1, fitted(DEFAULT_DIVIDERS, split.getWidth(), 0)[1]);
        }
    }

    /** Call before the card leaves the split pane to float: its divider is kept for its return. */
    void cardLeaving() {
        cardDivider = split.getDividerPositions()[1];
    }

    /** Call after the card came back into the split pane. */
    void cardReturned() {
        split.setDividerPositions(split.getDividerPositions()[0], cardDivider);
    }

    /** Calls {@code listener} when the window is moved, resized, maximized or a split divider is dragged. */
    void addListener(Stage stage, InvalidationListener listener) {
        List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())
                .forEach(value -> value.addListener(listener));
        stage.maximizedProperty().addListener(listener);
        split.getDividers().forEach(divider -> divider.positionProperty().addListener(listener));
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                change.getAddedSubList()
                        .forEach(divider -> divider.positionProperty().addListener(listener));
            }
        });
    }

    WindowState current(Stage stage) {
        List<Double> dividers = new ArrayList<>();
        for (double position : split.getDividerPositions()) {
            dividers.add(position);
        }
        if (!cardInSplit()) {
            dividers.add(cardDivider);
        }
        return new WindowState(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), dividers);
    }

    void apply(Stage stage, WindowState state) {
        Rectangle2D screen = screenOf(state);
        double width = Math.min(state.width(), screen.getWidth());
        double height = Math.min(state.height(), screen.getHeight());
        boolean resized =
                stage.isShowing() && (stage.getWidth() != width || stage.getHeight() != height || state.maximized());
        if (!Double.isNaN(state.x()) && !Double.isNaN(state.y())) {
            stage.setX(clamp(state.x(), screen.getMinX(), screen.getMaxX() - width));
            stage.setY(clamp(state.y(), screen.getMinY(), screen.getMaxY() - height));
        }
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(state.maximized());
        if (state.dividers().size() == 2) {
            wanted = new double[] {state.dividers().get(0), state.dividers().get(1)};
            setDividers(wanted);
            if ((resized || split.getWidth() == 0) && !awaitingLayout) {
                // the side panes keep their width in pixels when a shown window is resized, which moves the
                // dividers just set: set the latest wanted ones again after the layout pass of the new size
                awaitingLayout = true;
                InvalidationListener[] once = new InvalidationListener[1];
                once[0] = changed -> {
                    split.widthProperty().removeListener(once[0]);
                    Platform.runLater(() -> {
                        awaitingLayout = false;
                        setDividers(wanted);
                    });
                };
                split.widthProperty().addListener(once[0]);
            }
        }
    }

    /** Sets the dividers to {@code positions} with the side panes' widths fitted to the split pane's width. */
    private void setDividers(double[] positions) {
        // with the card floating the table has room to spare for the sidebar's least width; beside the card it has not
        double[] fitted = fitted(positions, split.getWidth(), cardInSplit() ? 0 : SIDEBAR_MIN);
        if (cardInSplit()) {
            double[] now = split.getDividerPositions();
            if (Math.abs(now[0] - fitted[0]) < SAME && Math.abs(now[1] - fitted[1]) < SAME) {
                return; // set again, the panes would be laid out afresh for nothing
            }
            split.setDividerPositions(fitted);
        } else {
            split.setDividerPositions(fitted[0]);
            cardDivider = fitted[1];
        }
    }

    /**
     * {@code positions} with the side panes no wider than they need on any screen, so that the table gets the
     * rest, and the sidebar no narrower than {@code sidebarMin}.
     */
    private static double[] fitted(double[] positions, double width, double sidebarMin) {
        if (width <= 0) {
            return positions.clone();
        }
        double sidebar = clamp(positions[0] * width, sidebarMin, SIDEBAR_MAX);
        double card = Math.min((1 - positions[1]) * width, CARD_MAX); // narrower is the user's choice
        return new double[] {sidebar / width, 1 - card / width};
    }

    private boolean cardInSplit() {
        return split.getItems().size() == 3;
    }

    private static Rectangle2D screenOf(WindowState state) {
        List<Screen> screens = Double.isNaN(state.x()) || Double.isNaN(state.y())
                ? List.of()
                : Screen.getScreensForRectangle(state.x(), state.y(), state.width(), state.height());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double value, double least, double greatest) {
        return Math.max(least, Math.min(value, Math.max(least, greatest)));
    }
}
