package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A note on a lead; {@code created} is unix seconds and the body is plain text. */
public record Note(
        @JsonProperty("id") String id,
        @JsonProperty("author") NoteAuthor author,
        @JsonProperty("body") String body,
        @JsonProperty("created") long created) {

    public Instant createdAt() {
        return Instant.ofEpochSecond(created);
    }
}
