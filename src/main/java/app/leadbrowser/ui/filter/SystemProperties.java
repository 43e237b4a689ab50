package app.leadbrowser.ui.filter;

import java.util.List;
import java.util.Locale;

/**
 * The system properties the builder knows before any lead is loaded, with readable labels and types: the one
 * table to correct when Dashly's list changes (dashly-api.md, "The User object").
 */
final class SystemProperties {
    private SystemProperties() {}

    static final List<PropertyInfo> KNOWN = List.of(
            system("$name", "Name", PropertyType.TEXT),
            system("$email", "Email", PropertyType.TEXT),
            system("$phone", "Phone", PropertyType.TEXT),
            system("$user_id", "User ID", PropertyType.TEXT),
            system("$last_seen", "Last seen", PropertyType.DATE),
            system("$sessions", "Sessions", PropertyType.NUMBER),
            system("$city", "City", PropertyType.TEXT),
            system("$country", "Country", PropertyType.TEXT),
            system("$region", "Region", PropertyType.TEXT),
            system("$initial_referrer", "Initial referrer", PropertyType.TEXT),
            system("$utm_source", "UTM source", PropertyType.TEXT),
            system("$utm_medium", "UTM medium", PropertyType.TEXT),
            system("$utm_campaign", "UTM campaign", PropertyType.TEXT),
            system("$utm_content", "UTM content", PropertyType.TEXT),
            system("$utm_term", "UTM term", PropertyType.TEXT),
            system("$last_contacted", "Last contacted", PropertyType.DATE),
            system("$last_reply", "Last reply", PropertyType.DATE),
            system("$avatar", "Avatar", PropertyType.TEXT));

    /** A readable label for a system property this table does not name: {@code $first_visit} → "First visit". */
    static String labelFor(String key) {
        String words = key.replaceFirst("^\\$", "").replace('_', ' ').trim();
        if (words.isEmpty()) {
            return key;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static PropertyInfo system(String key, String label, PropertyType type) {
        return new PropertyInfo(key, label, type, PropertyInfo.Group.SYSTEM);
    }
}
