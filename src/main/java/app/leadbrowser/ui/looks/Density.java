package app.leadbrowser.ui.looks;

import java.util.Locale;

/** How tightly the tables' rows are packed. */
public enum Density {
    COMFORTABLE,
    COMPACT;

    /** The word the preferences file keeps. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The density a preferences word names; {@link #COMFORTABLE} for anything else. */
    public static Density fromWireName(String name) {
        return COMPACT.wireName().equals(name) ? COMPACT : COMFORTABLE;
    }
}
