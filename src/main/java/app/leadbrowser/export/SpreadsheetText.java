package app.leadbrowser.export;

import java.util.regex.Pattern;

/**
 * Text bound for a spreadsheet (a CSV file, a copied row pasted into one) that no spreadsheet runs as a formula. A
 * cell, or a part of it that a spreadsheet may split off as a cell of its own (after a {@code ,} {@code ;} tab or
 * line break: Russian and German Excel split CSV on {@code ;}), that starts with {@code = + - @} (spaces before it
 * included) gets a {@code '} in front of that start; a plain number such as {@code -5} stays as it is.
 */
public final class SpreadsheetText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SpreadsheetText() {}

    /** {@code text} with every place a formula could start neutralised. */
    public static String guard(String text) {
        if (text == null || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && isFormulaStart(c)) {
                out.append('\'');
                cellStart = false;
            } else if (isSeparator(c)) {
                cellStart = true;
            } else if (c != ' ') {
                cellStart = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code field} as one CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break, or a
     * {@code ;} or tab that another spreadsheet would split on, or starts or ends with a space.
     */
    static String csvField(String field) {
        boolean quote = !field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ');
        for (int i = 0; !quote && i < field.length(); i++) {
            char c = field.charAt(i);
            quote = c == '"' || isSeparator(c);
        }
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n';
    }
}
