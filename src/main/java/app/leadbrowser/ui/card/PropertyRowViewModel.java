package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.Texts;

/**
 * One property on the card's Properties tab: where it comes from, its name and readable label, its type and the
 * value as shown (typed) and as copied (as the API sent it).
 */
public record PropertyRowViewModel(Group group, String name, String label, Kind kind, String display, String raw) {

    /** Where a property comes from. */
    public enum Group {
        SYSTEM("card.group.system"),
        CUSTOM("card.group.custom"),
        EVENT("card.group.event");

        private final String titleKey;

        Group(String titleKey) {
            this.titleKey = titleKey;
        }

        public String title() {
            return Texts.get(titleKey);
        }
    }

    /** The type a value is shown as. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        LIST
    }

    /** Whether the row matches a search text (in name, label or value, ignoring case). */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        return name.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || label.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || display.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
