package app.leadbrowser.ui.common;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable names of lead properties: "$last_seen" → "Last seen", "$event_7_count" → "Event 7 count". The one table
 * of labels for the table, the card and the filter builder.
 */
public final class PropertyLabels {
    private PropertyLabels() {}

    private static final Pattern EVENT_PROP = Pattern.compile("\\$event_(\\d+)_(first|last|count)");

    /** The system properties with a label of their own: {@code labels.<name without $>}. */
    private static final Set<String> SYSTEM = Set.of(
            "$name",
            "$email",
            "$phone",
            "$last_seen",
            "$sessions",
            "$city",
            "$country",
            "$region",
            "$initial_referrer",
            "$last_contacted",
            "$last_reply",
            "$user_id",
            "$utm_source",
            "$utm_medium",
            "$utm_campaign",
            "$utm_content",
            "$utm_term",
            "$avatar");

    /** The system properties whose values are dates (dashly-api.md, "The User object"). */
    private static final Set<String> SYSTEM_DATES = Set.of("$last_seen", "$last_contacted", "$last_reply");

    /** The system properties with a known label. */
    public static Set<String> knownSystemProperties() {
        return SYSTEM;
    }

    public static String label(String property) {
        if (SYSTEM.contains(property)) {
            return Texts.get("labels." + property.substring(1));
        }
        Matcher event = EVENT_PROP.matcher(property);
        if (event.matches()) {
            return Texts.get("labels.event." + event.group(2), event.group(1));
        }
        if (property.startsWith("$") && property.length() > 1) {
            String words = property.substring(1).replace('_', ' ');
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        }
        return property;
    }

    /** For {@code $event_N_first|last|count}: the event type id and the part; null for other properties. */
    public static String[] eventParts(String property) {
        Matcher event = EVENT_PROP.matcher(property);
        return event.matches() ? new String[] {event.group(1), event.group(2)} : null;
    }

    /** Whether {@code property}'s values are dates, by its known type: a date system property or an event's first/last. */
    public static boolean isDate(String property) {
        String[] event = eventParts(property);
        return event != null ? !event[1].equals("count") : SYSTEM_DATES.contains(property);
    }
}
