package app.leadbrowser.ui.looks;

import app.leadbrowser.ui.common.Texts;

/** The View menu's words for each theme choice and density. */
public final class LooksTexts {
    private LooksTexts() {}

    public static String of(ThemeChoice choice) {
        switch (choice) {
            case LIGHT:
                return Texts.get("looks.theme.light");
            case DARK:
                return Texts.get("looks.theme.dark");
            default:
                return Texts.get("looks.theme.system");
        }
    }

    public static String of(Density density) {
        return density == Density.COMPACT ? Texts.get("looks.density.compact") : Texts.get("looks.density.comfortable");
    }
}
