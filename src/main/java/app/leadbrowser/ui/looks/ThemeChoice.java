package app.leadbrowser.ui.looks;

import java.util.Locale;

/** What the user chose in View → Theme: follow the operating system, or always light or dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK;

    /** The word the preferences file keeps. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice a preferences word names; {@link #SYSTEM} for anything else. */
    public static ThemeChoice fromWireName(String name) {
        for (ThemeChoice choice : values()) {
            if (choice.wireName().equals(name)) {
                return choice;
            }
        }
        return SYSTEM;
    }

    /** The theme shown with this choice when the system's theme is {@code system}. */
    public Theme resolve(Theme system) {
        switch (this) {
            case LIGHT:
                return Theme.LIGHT;
            case DARK:
                return Theme.DARK;
            default:
                return system;
        }
    }
}
