package app.leadbrowser.ui.looks;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Puts {@link LooksViewModel}'s looks on screen: the theme as the application's user-agent stylesheet (AtlantaFX
 * Primer light or dark, so dialogs and popups follow too), the app's own {@code looks.css} on the main scene, and
 * the density as a style class of its root ({@code density-compact}).
 */
public final class LooksView {
    /** The root's style class in compact density. */
    public static final String COMPACT = "density-compact";

    private static final String LOOKS_CSS =
            LooksView.class.getResource("/app/leadbrowser/ui/looks/looks.css").toExternalForm();
    private static final String LEAD_VIEWS_CSS = LooksView.class
            .getResource("/app/leadbrowser/ui/looks/lead-views.css")
            .toExternalForm();

    private LooksView() {}

    /**
     * Makes the light theme the app's stylesheet. Called before the first control is made, this also spares
     * JavaFX loading its default stylesheet (Modena) only to replace it.
     */
    public static void useLightTheme() {
        use(Theme.LIGHT);
    }

    /** Shows {@code scene} in {@code vm}'s theme and density, following their changes. */
    public static void style(Scene scene, LooksViewModel vm) {
        use(vm.getTheme());
        vm.themeProperty().addListener((obs, old, theme) -> use(theme));
        if (!scene.getStylesheets().contains(LOOKS_CSS)) {
            scene.getStylesheets().addAll(LOOKS_CSS, LEAD_VIEWS_CSS);
        }
        markDensity(scene.getRoot(), vm.densityProperty().get());
        vm.densityProperty().addListener((obs, old, density) -> markDensity(scene.getRoot(), density));
    }

    /** The user-agent stylesheet of {@code theme} (the precompiled form, which loads faster). */
    public static String stylesheet(Theme theme) {
        return theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
    }

    private static void use(Theme theme) {
        String wanted = stylesheet(theme);
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
    }

    private static void markDensity(Parent root, Density density) {
        root.getStyleClass().remove(COMPACT);
        if (density == Density.COMPACT) {
            root.getStyleClass().add(COMPACT);
        }
    }
}
