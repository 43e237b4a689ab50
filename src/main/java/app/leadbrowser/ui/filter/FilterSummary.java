package app.leadbrowser.ui.filter;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A filter in plain words, in the current language: "Last seen &lt; 30 days ago AND City = Berlin", groups in
 * brackets joined by OR. The one formatter of the filter history and the line above the table.
 */
public final class FilterSummary {
    private FilterSummary() {}

    /** The whole expression; "All leads" without conditions. */
    public static String of(FilterGroups groups) {
        if (!groups.isCombined()) {
            return of(groups.first());
        }
        String or = " " + Texts.get("groups.summary.or") + " ";
        return groups.groups().stream()
                .map(group -> group.conditions().size() > 1 ? "(" + conditions(group) + ")" : conditions(group))
                .collect(Collectors.joining(or));
    }

    /** One flat group; "All leads" without conditions. */
    public static String of(Filter filter) {
        return filter.isEmpty() ? Texts.get("groups.summary.all") : conditions(filter);
    }

    /** One condition, e.g. "Sessions &gt; 10", "City is known", "Name contains “ann”". */
    public static String of(Condition condition) {
        return of(condition, PropertyLabels.label(condition.property()));
    }

    /** One condition with its property named {@code property} (e.g. an event type's name the catalog learned). */
    public static String of(Condition condition, String property) {
        String key = "groups.summary." + condition.operator().wireName();
        if (condition instanceof Condition.Number n) {
            return Texts.get(key, property, n.value().toPlainString());
        }
        if (condition instanceof Condition.Range r) {
            return Texts.get(key, property, r.from().toPlainString(), r.to().toPlainString());
        }
        if (condition instanceof Condition.Text t) {
            return Texts.get(key, property, t.text());
        }
        if (condition instanceof Condition.RelativeDate d) {
            String unit = "groups.unit." + d.unit().wireName(); // FilterSummaryTest checks every unit's texts
            return Texts.get(key, property, Texts.plural(unit, d.amount()));
        }
        if (condition instanceof Condition.ListContains l) {
            return Texts.get(key, property, l.item());
        }
        return Texts.get(key, property); // known, unknown, true, false
    }

    /** A sort in words, e.g. "sorted by Sessions ↓". */
    public static String sort(String property, SortOrder order) {
        return Texts.get(
                order == SortOrder.ASC ? "groups.summary.sortAsc" : "groups.summary.sortDesc",
                PropertyLabels.label(property));
    }

    private static String conditions(Filter filter) {
        String joiner =
                " " + Texts.get(filter.junction() == Junction.OR ? "groups.summary.or" : "groups.summary.and") + " ";
        List<String> parts = filter.conditions().stream().map(FilterSummary::of).toList();
        return String.join(joiner, parts);
    }
}
