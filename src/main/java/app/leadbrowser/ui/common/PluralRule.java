package app.leadbrowser.ui.common;

import java.util.Locale;

/** The plural form a count takes in a language (CLDR's rules for integers, for the languages we ship). */
enum PluralRule {
    ENGLISH {
        @Override
        String select(long count) {
            return count == 1 ? "one" : "other";
        }
    },
    RUSSIAN {
        @Override
        String select(long count) {
            long n = Math.abs(count);
            long lastDigit = n % 10;
            long lastTwo = n % 100;
            if (lastDigit == 1 && lastTwo != 11) {
                return "one";
            }
            if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
                return "few";
            }
            return "many";
        }
    };

    /** "one", "few", "many" or "other". */
    abstract String select(long count);

    static PluralRule of(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
    }
}
