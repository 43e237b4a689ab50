package app.leadbrowser.ui.card;

/** One note on the card's Notes tab: the author's initials and name, the date, and the body as plain text. */
public record NoteViewModel(String initials, String author, String dateText, String body) {

    /** "Maks Petrov" → "MP", "maks" → "M", nothing → "?". */
    public static String initialsOf(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (initials.length() < 2 && !word.isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
