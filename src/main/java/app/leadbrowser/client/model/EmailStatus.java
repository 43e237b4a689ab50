package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a lead's email address: {@code validation}, {@code not_valid}, {@code not_confirmed},
 * {@code confirmed} (only then does the lead get email), {@code bounced}, {@code spam}, {@code unsubscribed},
 * {@code black_list}. {@code updated} is a datetime with offset.
 */
public record EmailStatus(
        @JsonProperty("id") String id,
        @JsonProperty("app") String app,
        @JsonProperty("status") String status,
        @JsonProperty("updated") String updated) {

    public boolean receivesEmail() {
        return "confirmed".equals(status);
    }
}
