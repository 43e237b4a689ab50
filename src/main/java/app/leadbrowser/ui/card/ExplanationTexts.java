package app.leadbrowser.ui.card;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.ConditionCheck;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.FilterExplanation;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The words of a {@link FilterExplanation}: one checked condition as a sentence with the lead's actual value and what
 * the condition needs ("Last seen: 34 days ago (2026-05-12 08:00) — needs less than 30 days ago"), and the verdict of
 * the whole group under AND/OR. Works on one group, so a filter of several groups is explained group by group.
 */
public final class ExplanationTexts {
    private static final int LONGEST_VALUE = 80;

    private final TimeTexts times;

    public ExplanationTexts(TimeTexts times) {
        this.times = times;
    }

    /** The check as a sentence, {@code label} naming its property, dates measured from {@code now}. */
    public String condition(ConditionCheck check, String label, Instant now) {
        return Texts.get("explain.condition", label, actual(check, now), needs(check.condition()));
    }

    /** Whether the lead matches as a whole, and why, under the group's AND/OR. */
    public String verdict(FilterExplanation explanation) {
        int conditions = explanation.checks().size();
        long holding = explanation.holdingCount();
        if (conditions == 0) {
            return Texts.get("explain.noFilter");
        }
        if (explanation.filter().junction() == Junction.AND) {
            return explanation.matches()
                    ? Texts.get("explain.and.matches")
                    : Texts.get("explain.and.fails", conditions - holding, conditions);
        }
        return explanation.matches()
                ? Texts.get("explain.or.matches", holding, conditions)
                : Texts.get("explain.or.fails");
    }

    // ---- the lead's value ------------------------------------------------------------------------------------

    private String actual(ConditionCheck check, Instant now) {
        Object value = check.actual();
        if (!check.known()) {
            return Texts.get("explain.value.none");
        }
        Condition condition = check.condition();
        if (condition instanceof Condition.Flag) {
            return PropValues.bool(value).map(ExplanationTexts::yesNo).orElseGet(() -> quoted(value));
        }
        if (condition instanceof Condition.Number || condition instanceof Condition.Range) {
            return PropValues.number(value).map(ExplanationTexts::number).orElseGet(() -> quoted(value));
        }
        if (condition instanceof Condition.RelativeDate date) {
            return PropValues.instant(value)
                    .map(when -> dateText(when, date, now))
                    .orElseGet(() -> quoted(value));
        }
        return plain(value);
    }

    /** A value shown as it is: yes/no, a number, the items of a list, or quoted text. */
    private static String plain(Object value) {
        if (value instanceof Boolean flag) {
            return yesNo(flag);
        }
        if (value instanceof Number) {
            return PropValues.number(value).map(ExplanationTexts::number).orElseGet(() -> quoted(value));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> quoted(PropValues.text(item))).collect(Collectors.joining(", "));
        }
        return quoted(value);
    }

    /** "34 days ago (2026-05-12 08:00)", the age counted in the condition's unit so the two compare at a glance. */
    private String dateText(Instant when, Condition.RelativeDate condition, Instant now) {
        String exact = times.shortDateTime(when);
        Duration age = Duration.between(when, now);
        if (age.isNegative()) {
            return Texts.get("explain.value.future", exact);
        }
        long unitSeconds = condition.unit().times(1).getSeconds();
        long whole = age.getSeconds() / unitSeconds;
        boolean exactly = age.getSeconds() % unitSeconds == 0 && age.getNano() == 0;
        String ago;
        if (whole == 0 && !exactly) {
            ago = Texts.get("explain.age.under", amountThan(1, condition.unit()));
        } else if (whole == condition.amount() && !exactly) {
            // floor would read "30 days ago" for 30.4 days, which looks like it should pass "more than 30 days"
            ago = Texts.get("explain.age.over", amountThan(whole, condition.unit()));
        } else {
            ago = Texts.get("explain.age.ago", amount(whole, condition.unit()));
        }
        return Texts.get("explain.value.date", ago, exact);
    }

    // ---- what the condition needs --------------------------------------------------------------------------

    private static String needs(Condition condition) {
        if (condition instanceof Condition.Number n) {
            String value = number(n.value());
            return switch (n.operator()) {
                case EQ -> Texts.get("explain.needs.eq", value);
                case NEQ -> Texts.get("explain.needs.neq", value);
                case GT -> Texts.get("explain.needs.gt", value);
                case GT_OR_UNKNOWN -> Texts.get("explain.needs.gtOrUnknown", value);
                case LT -> Texts.get("explain.needs.lt", value);
                default -> Texts.get("explain.needs.ltOrUnknown", value);
            };
        }
        if (condition instanceof Condition.Range r) {
            return Texts.get("explain.needs.range", number(r.from()), number(r.to()));
        }
        if (condition instanceof Condition.Text t) {
            String text = shortened(t.text());
            return switch (t.operator()) {
                case STR_EQ -> Texts.get("explain.needs.strEq", text);
                case STR_NEQ -> Texts.get("explain.needs.strNeq", text);
                case STR_CONTAINS -> Texts.get("explain.needs.strContains", text);
                default -> Texts.get("explain.needs.strNotContains", text);
            };
        }
        if (condition instanceof Condition.RelativeDate d) {
            String span = amountThan(d.amount(), d.unit());
            return switch (d.operator()) {
                case DAYSLESS -> Texts.get("explain.needs.daysLess", span);
                case DAYSMORE -> Texts.get("explain.needs.daysMore", span);
                case DAYSLESS_OR_UNKNOWN -> Texts.get("explain.needs.daysLessOrUnknown", span);
                default -> Texts.get("explain.needs.daysMoreOrUnknown", span);
            };
        }
        if (condition instanceof Condition.ListContains l) {
            return Texts.get("explain.needs.listContains", shortened(l.item()));
        }
        return switch (condition.operator()) {
            case KNOWN -> Texts.get("explain.needs.known");
            case UNKNOWN -> Texts.get("explain.needs.unknown");
            case BOOL_TRUE -> Texts.get("explain.needs.true");
            default -> Texts.get("explain.needs.false");
        };
    }

    // ---- small words -----------------------------------------------------------------------------------------

    /** "30 days" as the age of a date. */
    private static String amount(long count, DateUnit unit) {
        return switch (unit) {
            case MINUTES -> Texts.plural("explain.unit.minutes", count);
            case HOURS -> Texts.plural("explain.unit.hours", count);
            case DAYS -> Texts.plural("explain.unit.days", count);
            case WEEKS -> Texts.plural("explain.unit.weeks", count);
        };
    }

    /** "30 days" after "less than" / "more than" (a different case in Russian). */
    private static String amountThan(long count, DateUnit unit) {
        return switch (unit) {
            case MINUTES -> Texts.plural("explain.unitThan.minutes", count);
            case HOURS -> Texts.plural("explain.unitThan.hours", count);
            case DAYS -> Texts.plural("explain.unitThan.days", count);
            case WEEKS -> Texts.plural("explain.unitThan.weeks", count);
        };
    }

    private static String yesNo(boolean flag) {
        return flag ? Texts.get("explain.value.yes") : Texts.get("explain.value.no");
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    private static String quoted(Object value) {
        return Texts.get("explain.value.quoted", shortened(PropValues.text(value)));
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
    }
}
