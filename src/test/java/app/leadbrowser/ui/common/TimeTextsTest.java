package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative and exact times in English and Russian, with the counted forms each language takes. */
class TimeTextsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:03:22Z");
    private static final TimeTexts TIMES = new TimeTexts(Clock.fixed(NOW, ZoneId.of("Europe/Moscow")));
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 day ago, 1 день назад",
        "2, 2 days ago, 2 дня назад",
        "5, 5 days ago, 5 дней назад",
        "11, 11 days ago, 11 дней назад",
        "21, 21 days ago, 21 день назад",
        "22, 22 days ago, 22 дня назад",
        "25, 25 days ago, 25 дней назад"
    })
    void daysAgoTakeTheRightForm(long days, String english, String russian) {
        Instant then = NOW.minus(Duration.ofDays(days));
        assertEquals(english, TIMES.relative(then));
        Texts.use(RUSSIAN);
        assertEquals(russian, TIMES.relative(then));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 month ago, 1 месяц назад",
        "2, 2 months ago, 2 месяца назад",
        "5, 5 months ago, 5 месяцев назад",
        "11, 11 months ago, 11 месяцев назад"
    })
    void monthsAgoTakeTheRightForm(long months, String english, String russian) {
        Instant then = NOW.minus(Duration.ofDays(30 * months + 5));
        assertEquals(english, TIMES.relative(then));
        Texts.use(RUSSIAN);
        assertEquals(russian, TIMES.relative(then));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1 year ago, 1 год назад",
        "2, 2 years ago, 2 года назад",
        "5, 5 years ago, 5 лет назад",
        "11, 11 years ago, 11 лет назад",
        "21, 21 years ago, 21 год назад",
        "22, 22 years ago, 22 года назад",
        "25, 25 years ago, 25 лет назад"
    })
    void yearsAgoTakeTheRightForm(long years, String english, String russian) {
        Instant then = NOW.minus(Duration.ofDays(365 * years));
        assertEquals(english, TIMES.relative(then));
        Texts.use(RUSSIAN);
        assertEquals(russian, TIMES.relative(then));
    }

    @Test
    void shortSpansAndTheFuture() {
        assertEquals("just now", TIMES.relative(NOW.minusSeconds(20)));
        assertEquals("5 min ago", TIMES.relative(NOW.minusSeconds(5 * 60)));
        assertEquals("3 h ago", TIMES.relative(NOW.minusSeconds(3 * 3600)));
        assertEquals("in 2 days", TIMES.relative(NOW.plus(Duration.ofDays(2))));

        Texts.use(RUSSIAN);
        assertEquals("только что", TIMES.relative(NOW.minusSeconds(20)));
        assertEquals("5 мин назад", TIMES.relative(NOW.minusSeconds(5 * 60)));
        assertEquals("3 ч назад", TIMES.relative(NOW.minusSeconds(3 * 3600)));
        assertEquals("через 2 дня", TIMES.relative(NOW.plus(Duration.ofDays(2))));
        assertEquals("через 1 день", TIMES.relative(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void exactTimesFollowTheLanguage() {
        assertEquals("2024-05-01 15:03", TIMES.shortDateTime(NOW));
        assertEquals("2024-05-01 15:03:22 MSK", TIMES.exact(NOW));
        assertEquals("15:03:22", TIMES.clock(NOW));

        Texts.use(RUSSIAN);
        assertEquals("01.05.2024 15:03", TIMES.shortDateTime(NOW));
        assertEquals("01.05.2024 15:03:22 MSK", TIMES.exact(NOW));
        assertEquals("15:03:22", TIMES.clock(NOW));
    }
}
