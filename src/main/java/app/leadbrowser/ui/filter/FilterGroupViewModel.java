package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One group of condition rows in the builder. With one group it is the whole filter (AND or OR); with several,
 * each is an AND group and a lead shows when it matches any group.
 */
public final class FilterGroupViewModel {
    private final ObservableList<FilterRowViewModel> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.validProperty(), row.conditionProperty()});

    /** The condition rows of this group, in order. */
    public ObservableList<FilterRowViewModel> rows() {
        return rows;
    }

    /**
     * Adds {@code added} at the end, or in the place of the rows bounding its property the same way (a "more than
     * 74" from a cell replaces "more than 5": {@link ConditionBounds}).
     */
    void addReplacingBounds(FilterRowViewModel added) {
        List<FilterRowViewModel> replaced = rows.stream()
                .filter(row -> row.condition()
                        .flatMap(old -> added.condition().map(condition -> ConditionBounds.replaces(condition, old)))
                        .orElse(false))
                .toList();
        if (replaced.isEmpty()) {
            rows.add(added);
        } else {
            rows.set(rows.indexOf(replaced.get(0)), added);
            rows.removeAll(replaced.subList(1, replaced.size()));
        }
    }

    /**
     * Several groups as one filter joined by OR, or empty while a row has an error. Groups without conditions are
     * left out: they are groups not filled in yet, not "every lead".
     */
    static Optional<FilterGroups> combined(List<FilterGroupViewModel> groups) {
        List<Filter> built = new ArrayList<>();
        for (FilterGroupViewModel group : groups) {
            Optional<List<Condition>> conditions = group.conditions();
            if (conditions.isEmpty()) {
                return Optional.empty();
            }
            if (!conditions.get().isEmpty()) {
                built.add(new Filter(Junction.AND, conditions.get()));
            }
        }
        return Optional.of(built.isEmpty() ? FilterGroups.all() : new FilterGroups(built));
    }

    /** The conditions of the rows, or empty while a row has an error. */
    Optional<List<Condition>> conditions() {
        List<Condition> conditions = new ArrayList<>();
        for (FilterRowViewModel row : rows) {
            Optional<Condition> condition = row.condition();
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(condition.get());
        }
        return Optional.of(conditions);
    }
}
