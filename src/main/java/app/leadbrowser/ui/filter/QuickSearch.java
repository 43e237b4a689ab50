package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick search box as filter conditions. The text is looked for with {@code str_contains} where it can be:
 * an email address (has "@") in Email, a phone number (only digits and phone punctuation, at least 3 digits) in
 * Phone, anything else in Name or Email. The API takes one flat group, so how the search joins the built
 * conditions depends on them; {@link #note} says so when it is not obvious.
 */
public final class QuickSearch {
    private QuickSearch() {}

    /** The conditions a quick search text stands for, the likeliest first; empty for a blank text. */
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
        if (text.contains("@")) {
            return List.of("$email");
        }
        boolean phoneChars = text.chars().allMatch(c -> Character.isDigit(c) || "+-() .".indexOf(c) >= 0);
        long digits = text.chars().filter(Character::isDigit).count();
        return phoneChars && digits >= 3 ? List.of("$phone") : List.of("$name", "$email");
    }

    /**
     * The filter to query with. Alone, the search is an OR over its properties. Beside an AND group (or a group
     * of one) it joins as one more AND condition on its likeliest property, since "(name or email) and A" cannot
     * be sent. Beside an OR group of several it runs on its own: finding a person matters more than keeping an
     * OR filter the API cannot combine.
     */
    public static Filter combine(Filter built, List<Condition> search) {
        if (search.isEmpty()) {
            return built;
        }
        if (built.isEmpty() || !combinesWith(built)) {
            return search.size() == 1 ? Filter.and(search.get(0)) : new Filter(Junction.OR, search);
        }
        List<Condition> all = new ArrayList<>(built.conditions());
        all.add(search.get(0));
        return new Filter(Junction.AND, all);
    }

    /** What the panel says about how the search was combined; empty when it searched everything it could. */
    public static String note(Filter built, List<Condition> search) {
        if (search.isEmpty() || built.isEmpty()) {
            return "";
        }
        if (!combinesWith(built)) {
            return Texts.get("filter.quickSearch.alone");
        }
        return search.size() > 1 ? Texts.get("filter.quickSearch.nameOnly") : "";
    }

    private static boolean combinesWith(Filter built) {
        return built.junction() == Junction.AND || built.conditions().size() <= 1;
    }
}
