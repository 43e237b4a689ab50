package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A lead as the leads list returns it: id, presence and system props (event stats as {@code $event_N_*}). */
public record LeadSummary(
        @JsonProperty("id") String id,
        @JsonProperty("presence") Presence presence,
        @JsonProperty("props") Map<String, Object> props) {

    public LeadSummary {
        props = props == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(props));
        presence = presence == null ? Presence.UNKNOWN : presence;
    }

    public Object prop(String name) {
        return props.get(name);
    }
}
