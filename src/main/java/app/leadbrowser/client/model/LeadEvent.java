package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** One event in a lead's history; {@code created} is unix seconds. */
public record LeadEvent(
        @JsonProperty("id") String id,
        @JsonProperty("created") long created,
        @JsonProperty("type") EventType type,
        @JsonProperty("user") String user,
        @JsonProperty("props") Map<String, Object> props) {

    public LeadEvent {
        props = props == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(props));
    }

    public Instant createdAt() {
        return Instant.ofEpochSecond(created);
    }
}
