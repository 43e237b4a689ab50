package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An event type of the workspace. */
public record EventType(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("score") Integer score,
        @JsonProperty("visible") Boolean visible) {}
