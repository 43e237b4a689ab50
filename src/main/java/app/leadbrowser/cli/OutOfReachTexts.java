package app.leadbrowser.cli;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.OutOfReach;
import java.util.List;
import java.util.stream.Collectors;

/** Why leads were out of reach, in a sentence for the terminal. */
final class OutOfReachTexts {
    private static final int MAX_VALUE_CHARS = 60;

    private OutOfReachTexts() {}

    static String describe(List<OutOfReach> reasons) {
        return reasons.stream().map(OutOfReachTexts::describe).distinct().collect(Collectors.joining("; "));
    }

    static String describe(OutOfReach reason) {
        String prop = plain(reason.sortProp());
        return switch (reason.reason()) {
            case TEXT_SORT -> "sorted by " + prop + ", which is not a date or a number, Dashly lists only the first "
                    + String.format("%,d", LeadQuery.MAX_WINDOW)
                    + " leads (sort by a date or number property to reach them all)";
            case TIES -> "more than " + String.format("%,d", LeadQuery.MAX_WINDOW) + " leads share " + prop + " = "
                    + plain(reason.value()) + ", which no filter condition tells apart";
            case MISSING_VALUES -> "more than " + String.format("%,d", LeadQuery.MAX_WINDOW) + " leads have no " + prop
                    + " and could not be split further";
        };
    }

    /** Text from the server, printed: control characters out (they could drive the terminal), cut short. */
    private static String plain(String text) {
        String clean = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > MAX_VALUE_CHARS ? clean.substring(0, MAX_VALUE_CHARS) + "…" : clean;
    }
}
