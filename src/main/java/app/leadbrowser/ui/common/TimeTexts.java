package app.leadbrowser.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a person reads them: relative ("3 days ago") and exact, in the user's time zone. */
public final class TimeTexts {
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final Clock clock;

    public TimeTexts(Clock clock) {
        this.clock = clock;
    }

    public static TimeTexts system() {
        return new TimeTexts(Clock.systemDefaultZone());
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago", "4 months ago", "in 2 days". */
    public String relative(Instant when) {
        Duration age = Duration.between(when, clock.instant());
        boolean future = age.isNegative();
        long seconds = Math.abs(age.getSeconds());
        String amount;
        if (seconds < 60) {
            return "just now";
        } else if (seconds < 3600) {
            amount = seconds / 60 + " min";
        } else if (seconds < 86_400) {
            amount = seconds / 3600 + " h";
        } else if (seconds < 86_400L * 31) {
            amount = plural(seconds / 86_400, "day");
        } else if (seconds < 86_400L * 365) {
            amount = plural(seconds / (86_400L * 30), "month");
        } else {
            amount = plural(seconds / (86_400L * 365), "year");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** Date and time to the second with the zone, e.g. "2024-05-01 14:03:22 CEST". */
    public String exact(Instant when) {
        return EXACT.format(when.atZone(clock.getZone()));
    }

    /** Date and time to the minute, e.g. "2024-05-01 14:03". */
    public String shortDateTime(Instant when) {
        return SHORT.format(when.atZone(clock.getZone()));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
