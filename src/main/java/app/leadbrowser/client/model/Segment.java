package app.leadbrowser.client.model;

import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A segment the lead belongs to; {@code filters} is the segment's own filter as a JSON string (older form). */
public record Segment(
        @JsonProperty("id") String id, @JsonProperty("name") String name, @JsonProperty("filters") String filters) {

    /** The segment's filter read into the filter model; throws FilterFormatException when unreadable. */
    public Filter filter() {
        return FilterJson.read(filters);
    }
}
