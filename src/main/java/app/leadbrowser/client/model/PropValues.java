package app.leadbrowser.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads prop values of any JSON type the API may send: numbers or numeric strings (convert_props_types=false),
 * dates as ISO {@code YYYY-MM-DDTHH:MM:SS} (UTC, no zone), {@code YYYY-MM-DD} (midnight), with an offset, or
 * unix seconds.
 */
public final class PropValues {
    private PropValues() {}

    private static final Pattern ZONE_OFFSET = Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");

    /** A value is unknown when absent, null, an empty text or an empty list. */
    public static boolean isKnown(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        return true;
    }

    public static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((java.lang.Number) value).longValue()));
        }
        if (value instanceof java.lang.Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        if (value instanceof CharSequence text) {
            try {
                return Optional.of(new BigDecimal(text.toString().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof CharSequence text) {
            String t = text.toString().trim();
            if (t.equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (t.equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    /** A date prop as an instant; numbers are unix seconds. */
    public static Optional<Instant> instant(Object value) {
        if (value instanceof Instant i) {
            return Optional.of(i);
        }
        if (value instanceof java.lang.Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        if (!(value instanceof CharSequence)) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        }
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (text.endsWith("Z") || ZONE_OFFSET.matcher(text).matches()) {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The items of a list prop; a single text counts as a list of one. */
    public static List<String> list(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.toList());
        }
        return isKnown(value) ? List.of(String.valueOf(value)) : List.of();
    }

    /** The value as the text a person reads: lists joined by commas. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }
}
