package app.leadbrowser.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a lead is on the site now. */
public enum Presence {
    @JsonProperty("online")
    ONLINE,
    @JsonProperty("idle")
    IDLE,
    @JsonProperty("offline")
    OFFLINE,
    /** A value this client does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
