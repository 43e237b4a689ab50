package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
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
            FXCollections.observableArrayList(row -> new Observable[] {row.validProperty()});

    /** The condition rows of this group, in order. */
    public ObservableList<FilterRowViewModel> rows() {
        return rows;
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
