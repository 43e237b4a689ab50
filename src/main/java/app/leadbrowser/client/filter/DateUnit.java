package app.leadbrowser.client.filter;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The units of the relative date operators ({@code daysless} and friends). */
public enum DateUnit {
    MINUTES("minutes", Duration.ofMinutes(1)),
    HOURS("hours", Duration.ofHours(1)),
    DAYS("days", Duration.ofDays(1)),
    WEEKS("weeks", Duration.ofDays(7));

    private final String wireName;
    private final Duration length;

    DateUnit(String wireName, Duration length) {
        this.wireName = wireName;
        this.length = length;
    }

    public String wireName() {
        return wireName;
    }

    public Duration times(long amount) {
        return Duration.ofSeconds(Math.multiplyExact(length.getSeconds(), amount));
    }

    public static Optional<DateUnit> fromWireName(String name) {
        return Arrays.stream(values()).filter(u -> u.wireName.equals(name)).findFirst();
    }
}
