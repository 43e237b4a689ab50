package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A conversation with a lead, as {@code GET /users/{id}/conversations} lists it. Times are unix seconds. */
public record Conversation(
        @JsonProperty("id") String id,
        @JsonProperty("created") Long created,
        @JsonProperty("closed") Boolean closed,
        @JsonProperty("read") Boolean read,
        @JsonProperty("replied") Boolean replied,
        @JsonProperty("type") String type,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("parts_count") Integer partsCount,
        @JsonProperty("part_last") Part partLast,
        @JsonProperty("assignee") Object assignee,
        @JsonProperty("last_update") Long lastUpdate) {

    /** The last message of a conversation. */
    public record Part(
            @JsonProperty("body") String body,
            @JsonProperty("type") String type,
            @JsonProperty("created") Long created,
            @JsonProperty("from") Object from) {}
}
