package app.leadbrowser.ui.common;

import java.util.Locale;
import java.util.Map;
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

    private static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("$name", "Name"),
            Map.entry("$email", "Email"),
            Map.entry("$phone", "Phone"),
            Map.entry("$last_seen", "Last seen"),
            Map.entry("$sessions", "Sessions"),
            Map.entry("$city", "City"),
            Map.entry("$country", "Country"),
            Map.entry("$region", "Region"),
            Map.entry("$initial_referrer", "Initial referrer"),
            Map.entry("$last_contacted", "Last contacted"),
            Map.entry("$last_reply", "Last reply"),
            Map.entry("$user_id", "User ID"),
            Map.entry("$utm_source", "UTM source"),
            Map.entry("$utm_medium", "UTM medium"),
            Map.entry("$utm_campaign", "UTM campaign"),
            Map.entry("$utm_content", "UTM content"),
            Map.entry("$utm_term", "UTM term"),
            Map.entry("$avatar", "Avatar"));

    /** The system properties with a known label. */
    public static Set<String> knownSystemProperties() {
        return SYSTEM.keySet();
    }

    public static String label(String property) {
        String known = SYSTEM.get(property);
        if (known != null) {
            return known;
        }
        Matcher event = EVENT_PROP.matcher(property);
        if (event.matches()) {
            return "Event " + event.group(1) + " " + event.group(2);
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
}
