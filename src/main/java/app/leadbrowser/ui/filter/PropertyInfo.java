package app.leadbrowser.ui.filter;

import java.util.Objects;

/**
 * A property the builder can filter on.
 *
 * @param key the name the API knows ({@code $last_seen}, {@code $event_18_count}, {@code plan})
 * @param label what a person reads ("Last seen", "Purchase: count", "plan")
 * @param type decides the operators offered
 * @param group where the picker lists it
 */
public record PropertyInfo(String key, String label, PropertyType type, Group group) {

    /** The picker's sections, in their order. */
    public enum Group {
        SYSTEM,
        EVENT,
        CUSTOM
    }

    public PropertyInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(group, "group");
    }

    /** A property the user typed by name: nothing is known of its type, so every operator is offered. */
    public static PropertyInfo typed(String key) {
        String name = key.trim();
        return new PropertyInfo(name, name, PropertyType.ANY, name.startsWith("$") ? Group.SYSTEM : Group.CUSTOM);
    }

    public PropertyInfo withType(PropertyType newType) {
        return new PropertyInfo(key, label, newType, group);
    }

    /** The label, and the API name when it differs: what the picker's list shows. */
    public String description() {
        return label.equals(key)
                ? label + " (" + type.displayName() + ")"
                : label + "  ·  " + key + " (" + type.displayName() + ")";
    }
}
