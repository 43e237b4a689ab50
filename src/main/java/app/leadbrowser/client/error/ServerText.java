package app.leadbrowser.client.error;

/**
 * Text that came from a server (an error's name and message, a parser's quote of the answer), made safe to show in
 * the window, write to the log or print on a terminal: control and format characters (terminal escape sequences,
 * bidirectional overrides, zero-width characters) removed, line breaks and tabs turned into spaces, and cut to
 * {@value #MAX_LENGTH} characters.
 */
public final class ServerText {
    /** Long enough for any real error message; a 100 KB "message" is an attack or a bug. */
    public static final int MAX_LENGTH = 200;

    private ServerText() {}

    /** {@code text} cleaned and cut to {@value #MAX_LENGTH} characters ("…" marks a cut); null becomes "". */
    public static String clean(String text) {
        return clean(text, MAX_LENGTH);
    }

    /** {@code text} cleaned and cut to {@code max} characters ("…" included). */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean more = false; // visible text past the limit
        int i = 0;
        while (i < text.length() && !more) {
            int c = text.codePointAt(i);
            if (c == 0x1B) {
                i = afterEscapeSequence(text, i + 1);
                continue;
            }
            i += Character.charCount(c);
            boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || isLineOrParagraphSeparator(c);
            if (!space && isHidden(c)) {
                continue;
            }
            if (out.length() <= max) {
                out.appendCodePoint(space ? ' ' : c);
            } else {
                more = !space;
            }
        }
        String clean = out.toString().strip();
        if (clean.length() <= max && !more) {
            return clean;
        }
        int cut = Math.min(clean.length(), max - 1);
        if (cut > 0 && Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut) + "…";
    }

    /**
     * Where the text goes on after an escape sequence: CSI ({@code ESC [ … final}) and OSC ({@code ESC ] … BEL or ST})
     * whole, any other escape with its one following character.
     */
    private static int afterEscapeSequence(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char kind = text.charAt(start);
        int i = start + 1;
        if (kind == '[') {
            while (i < text.length() && (text.charAt(i) < 0x40 || text.charAt(i) > 0x7E)) {
                i++;
            }
            return Math.min(i + 1, text.length());
        }
        if (kind == ']') {
            while (i < text.length() && text.charAt(i) != 0x07 && text.charAt(i) != 0x1B) {
                i++;
            }
            return Math.min(i + (i < text.length() && text.charAt(i) == 0x1B ? 2 : 1), text.length());
        }
        return i;
    }

    private static boolean isLineOrParagraphSeparator(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
