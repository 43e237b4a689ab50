package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quick search box as a filter condition. One text searches one property, chosen by what the text looks
 * like: an email address (has "@"), a phone number (only digits and phone punctuation, at least 3 digits) or
 * else a name, each with {@code str_contains}.
 */
public final class QuickSearch {
    private QuickSearch() {}

    /** The condition for a quick search text; empty for a blank text. */
    public static Optional<Condition> condition(String text) {
        String wanted = text == null ? "" : text.trim();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Condition.Text(propertyFor(wanted), Operator.STR_CONTAINS, wanted));
    }

    static String propertyFor(String text) {
        if (text.contains("@")) {
            return "$email";
        }
        boolean phoneChars = text.chars().allMatch(c -> Character.isDigit(c) || "+-() .".indexOf(c) >= 0);
        long digits = text.chars().filter(Character::isDigit).count();
        return phoneChars && digits >= 3 ? "$phone" : "$name";
    }

    /**
     * Whether the quick search can narrow {@code built}: the API takes one flat group, so "(A or B) and search"
     * cannot be sent. An AND group, or a group of at most one condition, can take the search as one more AND.
     */
    public static boolean combinesWith(Filter built) {
        return built.junction() == Junction.AND || built.conditions().size() <= 1;
    }

    /**
     * The filter to query with. When {@link #combinesWith} fails the search runs on its own (finding a person
     * matters more than keeping an OR filter the API cannot combine), and the panel says so.
     */
    public static Filter combine(Filter built, Optional<Condition> search) {
        if (search.isEmpty()) {
            return built;
        }
        if (!combinesWith(built)) {
            return Filter.and(search.get());
        }
        List<Condition> all = new ArrayList<>(built.conditions());
        all.add(search.get());
        return new Filter(Junction.AND, all);
    }
}
