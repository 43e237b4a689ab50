package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** How often a lead did one event type, and when first and last ({@code first}/{@code last} unix seconds). */
public record EventStat(
        @JsonProperty("event_type") EventType eventType,
        @JsonProperty("count") long count,
        @JsonProperty("first") Long first,
        @JsonProperty("last") Long last) {

    public Instant firstAt() {
        return first == null ? null : Instant.ofEpochSecond(first);
    }

    public Instant lastAt() {
        return last == null ? null : Instant.ofEpochSecond(last);
    }
}
