package app.leadbrowser.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The moment data was fetched, as "as of" labels show it: "14:32" today, "2024-05-01 14:32" on another day. */
public final class FreshnessTexts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private FreshnessTexts() {}

    /** {@code when} in the user's time zone: the time alone when it is today, else the date and time. */
    public static String time(Instant when, TimeTexts times) {
        ZonedDateTime at = when.atZone(times.zone());
        boolean today = at.toLocalDate().equals(LocalDate.ofInstant(times.now(), times.zone()));
        return today ? CLOCK.format(at) : times.shortDateTime(when);
    }
}
