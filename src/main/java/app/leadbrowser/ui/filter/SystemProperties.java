package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.PropertyLabels;
import java.util.List;

/**
 * The system properties the builder knows before any lead is loaded, with their types (labels come from
 * {@link PropertyLabels}): the table to correct when Dashly's list changes (dashly-api.md, "The User object").
 */
final class SystemProperties {
    private SystemProperties() {}

    /** The known system properties, labelled in the language in use. */
    static List<PropertyInfo> known() {
        return List.of(
                system("$name", PropertyType.TEXT),
                system("$email", PropertyType.TEXT),
                system("$phone", PropertyType.TEXT),
                system("$user_id", PropertyType.TEXT),
                system("$last_seen", PropertyType.DATE),
                system("$sessions", PropertyType.NUMBER),
                system("$city", PropertyType.TEXT),
                system("$country", PropertyType.TEXT),
                system("$region", PropertyType.TEXT),
                system("$initial_referrer", PropertyType.TEXT),
                system("$utm_source", PropertyType.TEXT),
                system("$utm_medium", PropertyType.TEXT),
                system("$utm_campaign", PropertyType.TEXT),
                system("$utm_content", PropertyType.TEXT),
                system("$utm_term", PropertyType.TEXT),
                system("$last_contacted", PropertyType.DATE),
                system("$last_reply", PropertyType.DATE),
                system("$avatar", PropertyType.TEXT));
    }

    private static PropertyInfo system(String key, PropertyType type) {
        return new PropertyInfo(key, PropertyLabels.label(key), type, PropertyInfo.Group.SYSTEM);
    }
}
