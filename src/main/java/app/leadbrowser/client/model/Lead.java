package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The full User object of {@code GET /users/{id}}, with nothing dropped: fields this model does not name stay
 * in {@link #source()}, the object as the server sent it.
 */
public record Lead(
        @JsonProperty("id") String id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("removed") String removed,
        @JsonProperty("map_url") String mapUrl,
        @JsonProperty("props") Map<String, Object> props,
        @JsonProperty("props_custom") Map<String, Object> propsCustom,
        @JsonProperty("props_events") Map<String, Object> propsEvents,
        @JsonProperty("email_status") EmailStatus emailStatus,
        @JsonProperty("presence") Presence presence,
        @JsonProperty("presence_details") Map<String, Object> presenceDetails,
        @JsonProperty("segments") List<Segment> segments,
        @JsonProperty("notes") List<Note> notes,
        @JsonProperty("tags") @JsonDeserialize(using = TagsDeserializer.class) List<String> tags,
        @JsonProperty("events") @JsonDeserialize(using = EventStatsDeserializer.class) List<EventStat> events,
        @JsonProperty("timezone_offset") Integer timezoneOffset,
        @JsonIgnore JsonNode source) {

    public Lead {
        props = orEmpty(props);
        propsCustom = orEmpty(propsCustom);
        propsEvents = orEmpty(propsEvents);
        presenceDetails = orEmpty(presenceDetails);
        segments = segments == null ? List.of() : List.copyOf(segments);
        notes = notes == null ? List.of() : List.copyOf(notes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        events = events == null ? List.of() : List.copyOf(events);
        presence = presence == null ? Presence.UNKNOWN : presence;
    }

    /** The same lead, remembering the JSON it was read from. */
    public Lead withSource(JsonNode json) {
        return new Lead(
                id,
                userId,
                removed,
                mapUrl,
                props,
                propsCustom,
                propsEvents,
                emailStatus,
                presence,
                presenceDetails,
                segments,
                notes,
                tags,
                events,
                timezoneOffset,
                json);
    }

    /** When the lead was merged away or deleted under GDPR; empty for a live lead. */
    public Optional<Instant> removedAt() {
        return PropValues.isKnown(removed) ? PropValues.instant(removed) : Optional.empty();
    }

    public boolean isRemoved() {
        return PropValues.isKnown(removed);
    }

    /** System, event and custom props in one map, as the filter evaluator sees a lead. */
    @JsonIgnore
    public Map<String, Object> allProps() {
        Map<String, Object> all = new java.util.LinkedHashMap<>(props);
        all.putAll(propsEvents);
        all.putAll(propsCustom);
        return all;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
