package app.leadbrowser.settings;

import java.util.List;

/** The main window's bounds and split-pane divider positions. NaN x/y means "let the OS place it". */
public record WindowState(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    public WindowState {
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
    }

    public static WindowState defaults() {
        return new WindowState(Double.NaN, Double.NaN, 1280, 800, false, List.of(0.15, 0.67));
    }
}
