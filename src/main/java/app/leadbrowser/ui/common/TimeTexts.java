package app.leadbrowser.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as a person reads them, in the language in use ({@link Texts}): relative ("3 days ago", "3 дня назад")
 * and exact, in the user's time zone. The date patterns are part of each language's {@code time} texts.
 */
public final class TimeTexts {
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

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

    /** "just now", "5 min ago", "3 h ago", "2 days ago", "4 months ago", "in 2 days" (or their translation). */
    public String relative(Instant when) {
        Duration age = Duration.between(when, clock.instant());
        boolean future = age.isNegative();
        long seconds = Math.abs(age.getSeconds());
        String amount;
        if (seconds < 60) {
            return Texts.get("time.justNow");
        } else if (seconds < 3600) {
            amount = Texts.plural("time.minutes", seconds / 60);
        } else if (seconds < 86_400) {
            amount = Texts.plural("time.hours", seconds / 3600);
        } else if (seconds < 86_400L * 31) {
            amount = Texts.plural("time.days", seconds / 86_400);
        } else if (seconds < 86_400L * 365) {
            amount = Texts.plural("time.months", seconds / (86_400L * 30));
        } else {
            amount = Texts.plural("time.years", seconds / (86_400L * 365));
        }
        return future ? Texts.get("time.in", amount) : Texts.get("time.ago", amount);
    }

    /** Date and time to the second with the zone, e.g. "2024-05-01 14:03:22 CEST" or "01.05.2024 14:03:22 MSK". */
    public String exact(Instant when) {
        return format("time.pattern.exact", when);
    }

    /** Date and time to the minute, e.g. "2024-05-01 14:03" or "01.05.2024 14:03". */
    public String shortDateTime(Instant when) {
        return format("time.pattern.short", when);
    }

    /** The time of day to the second, e.g. "14:03:22". */
    public String clock(Instant when) {
        return format("time.pattern.clock", when);
    }

    private String format(String patternKey, Instant when) {
        return formatter(patternKey).format(when.atZone(clock.getZone()));
    }

    /**
     * The formatter of a {@code time.pattern.*} text in the language in use, e.g. {@code time.pattern.timeOfDay}
     * (patterns are parsed once per language).
     */
    public static DateTimeFormatter formatter(String patternKey) {
        Locale locale = Texts.locale();
        return FORMATTERS.computeIfAbsent(
                locale.toLanguageTag() + "|" + patternKey,
                ignored -> DateTimeFormatter.ofPattern(Texts.get(patternKey), locale));
    }
}
