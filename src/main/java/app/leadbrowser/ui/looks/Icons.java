package app.leadbrowser.ui.looks;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The icons of the window (Material Design, through Ikonli), by what they mean. */
public enum Icons {
    COPY(Material2AL.CONTENT_COPY),
    REFRESH(Material2MZ.REFRESH),
    AUTO_REFRESH(Material2AL.AUTORENEW),
    RETRY(Material2MZ.REFRESH),
    FIRST_PAGE(Material2AL.FIRST_PAGE),
    PREVIOUS_PAGE(Material2AL.CHEVRON_LEFT),
    NEXT_PAGE(Material2AL.CHEVRON_RIGHT),
    LAST_PAGE(Material2AL.LAST_PAGE),
    COLUMNS(Material2MZ.VIEW_COLUMN),
    CODE(Material2AL.CODE),
    FOLDER(Material2AL.FOLDER_OPEN),
    KEYBOARD(Material2AL.KEYBOARD),
    INFO(Material2AL.INFO),
    WARNING(Material2MZ.WARNING),
    SEGMENT(Material2MZ.PIE_CHART),
    CLEAR_ALL(Material2AL.CLEAR_ALL),
    PASTE(Material2AL.CONTENT_PASTE),
    HISTORY(Material2AL.HISTORY);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    /** A new node showing this icon. */
    public FontIcon node() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Puts this icon on {@code control} beside its text. */
    public <T extends Labeled> T on(T control) {
        control.setGraphic(node());
        return control;
    }

    /** Shows only this icon on {@code button}, its text moving to the tooltip (which screen readers still read). */
    public <T extends ButtonBase> T onlyOn(T button, String tooltip) {
        button.setGraphic(node());
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }
}
