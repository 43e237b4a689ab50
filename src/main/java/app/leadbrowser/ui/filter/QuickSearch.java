package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick search box as filter conditions: it always means "name OR email OR phone contains the text", alone or
 * beside conditions. A property that cannot hold the text is left out (a name holds no "@", an email no space, a
 * phone only digits and phone punctuation). The API's filter is flat, so beside conditions the search is spread
 * over OR groups that the table lists one by one and merges: "A and (name or email)" is sent as "(A and name) or
 * (A and email)".
 */
public final class QuickSearch {
    private static final String PHONE_PUNCTUATION = "+-() .";

    private QuickSearch() {}

    /** The filter to list and what the panel should say about it (empty when nothing needs saying). */
    public record Combined(FilterGroups filter, String note) {}

    /** One {@code str_contains} condition per property that may hold the text; empty for a blank text. */
    public static List<Condition> conditions(String text) {
        String wanted = text == null ? "" : text.trim();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return propertiesFor(wanted).stream()
                .map(property -> (Condition) new Condition.Text(property, Operator.STR_CONTAINS, wanted))
                .toList();
    }

    static List<String> propertiesFor(String text) {
        List<String> properties = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            properties.add("$name");
        }
        if (text.chars().noneMatch(Character::isWhitespace)) {
            properties.add("$email");
        }
        boolean phoneChars = text.chars().allMatch(c -> Character.isDigit(c) || PHONE_PUNCTUATION.indexOf(c) >= 0);
        if (phoneChars && text.chars().anyMatch(Character::isDigit)) {
            properties.add("$phone");
        }
        return properties;
    }

    /**
     * The conditions {@code rows} with the search {@code search} (an OR of its conditions) joined by AND. Every AND
     * group of the rows (an OR group's conditions each count as one) is repeated once per search condition; when
     * that makes more than {@value FilterGroups#MAX_GROUPS} groups, the search runs on its own and the note says so.
     */
    public static Combined combine(FilterGroups rows, List<Condition> search) {
        if (search.isEmpty()) {
            return new Combined(rows, "");
        }
        Filter alone = search.size() == 1 ? Filter.and(search.get(0)) : new Filter(Junction.OR, search);
        if (rows.isEmpty()) {
            return new Combined(FilterGroups.of(alone), "");
        }
        List<List<Condition>> andGroups = andGroups(rows);
        if (andGroups.size() * search.size() > FilterGroups.MAX_GROUPS) {
            return new Combined(FilterGroups.of(alone), Texts.get("filter.quickSearch.alone", FilterGroups.MAX_GROUPS));
        }
        List<Filter> spread = new ArrayList<>();
        for (List<Condition> group : andGroups) {
            for (Condition condition : search) {
                List<Condition> all = new ArrayList<>(group);
                all.add(condition);
                spread.add(new Filter(Junction.AND, all));
            }
        }
        return new Combined(new FilterGroups(spread), "");
    }

    private static List<List<Condition>> andGroups(FilterGroups rows) {
        Filter first = rows.first();
        if (rows.isCombined()
                || first.junction() == Junction.AND
                || first.conditions().size() <= 1) {
            return rows.groups().stream().map(Filter::conditions).toList();
        }
        return first.conditions().stream().map(List::of).toList(); // (a or b) and s = (a and s) or (b and s)
    }
}
