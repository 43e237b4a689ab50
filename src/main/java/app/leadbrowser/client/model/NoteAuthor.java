package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a note: an admin of the workspace (or a bot). */
public record NoteAuthor(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("type") String type) {}
