package app.leadbrowser.ui.cellfilter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Filter from what you see": the conditions a right-click on a value offers, by the value's type. Pure: the same
 * property, value and moment always give the same choices.
 *
 * <ul>
 *   <li>text: is ({@code str_eq}) / is not ({@code str_neq});
 *   <li>number: equals / does not equal, less than / more than ({@code eq}, {@code neq}, {@code lt}, {@code gt});
 *   <li>date: the API has only relative date operators, so "less than / more than N units ago" ({@code daysless},
 *       {@code daysmore}) with the value's age rounded to minutes (under 2 hours), hours (under 2 days) or days;
 *       a date in the future offers nothing;
 *   <li>yes/no: is that ({@code bool_true}/{@code bool_false}) / is the other;
 *   <li>list: "includes" ({@code lcontains}) for each item (the API cannot exclude an item);
 *   <li>no value: "without this property" ({@code unknown}) / "with it" ({@code known}).
 * </ul>
 */
public final class CellFilters {
    /** Most list items offered, one menu entry each. */
    static final int MAX_LIST_ITEMS = 10;

    private static final int MAX_SHOWN_TEXT = 40;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?");
    private static final Duration MINUTES_UP_TO = Duration.ofHours(2);
    private static final Duration HOURS_UP_TO = Duration.ofDays(2);

    private CellFilters() {}

    /** The choices for {@code value} of {@code property}, named by the property's readable label. */
    public static List<CellFilterAction> actionsFor(String property, Object value, Instant now) {
        return actionsFor(property, PropertyLabels.label(property), value, now);
    }

    /**
     * The choices for {@code value} of {@code property}, most useful first.
     *
     * @param label the property's name as the user sees it (e.g. the column title)
     * @param now what date values are measured from
     */
    public static List<CellFilterAction> actionsFor(String property, String label, Object value, Instant now) {
        if (!PropValues.isKnown(value)) {
            return List.of(
                    action("showOnly", Texts.get("cellfilter.showOnly.unknown", label), Conditions.unknown(property)),
                    action("exclude", Texts.get("cellfilter.exclude.unknown", label), Conditions.known(property)));
        }
        if (value instanceof Collection<?>) {
            return listActions(property, label, PropValues.list(value));
        }
        Optional<Boolean> flag = value instanceof Number ? Optional.empty() : PropValues.bool(value);
        if (flag.isPresent()) {
            return booleanActions(property, label, flag.get());
        }
        if (value instanceof Number) {
            return numberActions(property, label, PropValues.number(value).orElseThrow());
        }
        if (value instanceof CharSequence text
                && ISO_DATE.matcher(text.toString().trim()).matches()) {
            Optional<Instant> when = PropValues.instant(value);
            if (when.isPresent()) {
                return dateActions(property, label, Duration.between(when.get(), now));
            }
        }
        return textActions(property, label, PropValues.text(value));
    }

    private static List<CellFilterAction> textActions(String property, String label, String text) {
        String shown = shorten(text);
        return List.of(
                action(
                        "showOnly",
                        Texts.get("cellfilter.showOnly.text", label, shown),
                        Conditions.text(property, Operator.STR_EQ, text)),
                action(
                        "exclude",
                        Texts.get("cellfilter.exclude.text", label, shown),
                        Conditions.text(property, Operator.STR_NEQ, text)));
    }

    private static List<CellFilterAction> numberActions(String property, String label, BigDecimal number) {
        String shown = number.toPlainString();
        return List.of(
                action(
                        "showOnly",
                        Texts.get("cellfilter.showOnly.number", label, shown),
                        new Condition.Number(property, Operator.EQ, number)),
                action(
                        "exclude",
                        Texts.get("cellfilter.exclude.number", label, shown),
                        new Condition.Number(property, Operator.NEQ, number)),
                action(
                        "lessThan",
                        Texts.get("cellfilter.lessThan.number", label, shown),
                        new Condition.Number(property, Operator.LT, number)),
                action(
                        "moreThan",
                        Texts.get("cellfilter.moreThan.number", label, shown),
                        new Condition.Number(property, Operator.GT, number)));
    }

    private static List<CellFilterAction> dateActions(String property, String label, Duration age) {
        if (age.isNegative()) {
            return List.of(); // "in 3 days" has no relative operator
        }
        DateUnit unit = age.compareTo(MINUTES_UP_TO) < 0
                ? DateUnit.MINUTES
                : age.compareTo(HOURS_UP_TO) < 0 ? DateUnit.HOURS : DateUnit.DAYS;
        long unitSeconds = unit.times(1).getSeconds();
        long amount = Math.max(1, Math.round((double) age.getSeconds() / unitSeconds));
        String span = span(unit, amount);
        return List.of(
                action(
                        "lessThan",
                        Texts.get("cellfilter.lessThan.date", label, span),
                        Conditions.relativeDate(property, Operator.DAYSLESS, amount, unit)),
                action(
                        "moreThan",
                        Texts.get("cellfilter.moreThan.date", label, span),
                        Conditions.relativeDate(property, Operator.DAYSMORE, amount, unit)));
    }

    private static String span(DateUnit unit, long amount) {
        return switch (unit) {
            case MINUTES -> Texts.plural("cellfilter.span.minutes", amount);
            case HOURS -> Texts.plural("cellfilter.span.hours", amount);
            default -> Texts.plural("cellfilter.span.days", amount);
        };
    }

    private static List<CellFilterAction> booleanActions(String property, String label, boolean flag) {
        String shown = Texts.get(flag ? "cellfilter.yes" : "cellfilter.no");
        return List.of(
                action(
                        "showOnly",
                        Texts.get("cellfilter.showOnly.flag", label, shown),
                        flag ? Conditions.isTrue(property) : Conditions.isFalse(property)),
                action(
                        "exclude",
                        Texts.get("cellfilter.exclude.flag", label, shown),
                        flag ? Conditions.isFalse(property) : Conditions.isTrue(property)));
    }

    private static List<CellFilterAction> listActions(String property, String label, List<String> items) {
        List<CellFilterAction> actions = new ArrayList<>();
        for (String item : items.stream().distinct().limit(MAX_LIST_ITEMS).toList()) {
            actions.add(action(
                    "showOnly-" + actions.size(),
                    Texts.get("cellfilter.showOnly.item", label, shorten(item)),
                    Conditions.listContains(property, item)));
        }
        return actions;
    }

    private static CellFilterAction action(String id, String label, Condition condition) {
        return new CellFilterAction(id, label, condition);
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_SHOWN_TEXT ? line : line.substring(0, MAX_SHOWN_TEXT - 1) + "…";
    }
}
