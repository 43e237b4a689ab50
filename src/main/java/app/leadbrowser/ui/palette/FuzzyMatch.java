package app.leadbrowser.ui.palette;

import java.util.Locale;

/**
 * How well a typed query matches a title, as command palettes do it: every query character must appear in the
 * title in order; matches at the start of the title or of a word and runs of consecutive characters score higher,
 * gaps and a long title score lower. Case-insensitive.
 */
final class FuzzyMatch {
    static final int NO_MATCH = Integer.MIN_VALUE;

    private static final int BASE = 10;
    private static final int CONSECUTIVE = 15;
    private static final int WORD_START = 25;
    private static final int TITLE_START = 40;
    private static final int GAP = 1;

    private FuzzyMatch() {}

    /** The score of {@code query} against {@code title}, or {@link #NO_MATCH}; an empty query matches everything. */
    static int score(String query, String title) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return 0;
        }
        int score = 0;
        int from = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char wanted = q.charAt(i);
            if (wanted == ' ') {
                continue; // spaces separate words of the query, they need not be typed exactly
            }
            int found = bestPosition(t, wanted, from, previous);
            if (found < 0) {
                return NO_MATCH;
            }
            score += BASE;
            if (found == previous + 1) {
                score += CONSECUTIVE;
            } else if (previous >= 0) {
                score -= GAP * (found - previous - 1);
            }
            if (found == 0) {
                score += TITLE_START;
            } else if (isWordStart(t, found)) {
                score += WORD_START;
            }
            previous = found;
            from = found + 1;
        }
        return score - t.length() / 4;
    }

    /** The next occurrence, preferring one right after the previous match, then one at a word start. */
    private static int bestPosition(String title, char wanted, int from, int previous) {
        if (previous + 1 == from && from < title.length() && title.charAt(from) == wanted) {
            return from;
        }
        int first = title.indexOf(wanted, from);
        for (int at = first; at >= 0; at = title.indexOf(wanted, at + 1)) {
            if (isWordStart(title, at)) {
                return at;
            }
        }
        return first;
    }

    private static boolean isWordStart(String title, int at) {
        return at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1));
    }
}
