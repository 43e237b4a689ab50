package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.Debouncer;
import app.leadbrowser.ui.common.FxDebouncer;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The filter builder: one AND/OR group of condition rows (the API takes no nested groups), a quick search box,
 * and the filter applied to the lead list. The applied filter changes only on {@link #apply()},
 * {@link #clearAll()}, {@link #load}, a paste or a segment load, and when quick search typing has paused.
 */
public final class FilterPanelViewModel {
    /** How long quick search typing must pause before it applies. */
    public static final Duration QUICK_SEARCH_QUIET_TIME = Duration.millis(250);

    private final PropertyCatalog catalog;
    private final Debouncer quickSearchDebouncer;

    private final ObservableList<FilterRowViewModel> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.validProperty()});
    private final ObjectProperty<Junction> junction = new SimpleObjectProperty<>(Junction.AND);
    private final StringProperty quickSearch = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper quickSearchNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Filter> appliedFilter = new ReadOnlyObjectWrapper<>(Filter.all());
    private final ReadOnlyStringWrapper appliedJson = new ReadOnlyStringWrapper(FilterJson.write(Filter.all()));

    /** The rows' part of the applied filter: what the last Apply (or load) took from the rows. */
    private Filter appliedRows = Filter.all();

    private boolean quickSearchMuted;

    /** A builder whose quick search applies after {@link #QUICK_SEARCH_QUIET_TIME} on the FX clock. */
    public FilterPanelViewModel(PropertyCatalog catalog) {
        this(catalog, new FxDebouncer(QUICK_SEARCH_QUIET_TIME));
    }

    /** A builder whose quick search waits as {@code quickSearchDebouncer} says (tests pass their own). */
    public FilterPanelViewModel(PropertyCatalog catalog, Debouncer quickSearchDebouncer) {
        this.catalog = catalog;
        this.quickSearchDebouncer = quickSearchDebouncer;
        rows.addListener((ListChangeListener<FilterRowViewModel>) change -> updateCanApply());
        junction.addListener((obs, old, now) -> {
            if (now == null) {
                junction.set(Junction.AND);
            }
        });
        quickSearch.addListener((obs, old, now) -> {
            if (!quickSearchMuted) {
                quickSearchDebouncer.submit(this::publish);
            }
        });
    }

    public PropertyCatalog catalog() {
        return catalog;
    }

    /** The condition rows, in order. */
    public ObservableList<FilterRowViewModel> rows() {
        return rows;
    }

    /** AND (all conditions) or OR (any condition); applies with the next {@link #apply()}. */
    public ObjectProperty<Junction> junctionProperty() {
        return junction;
    }

    public void setJunction(Junction value) {
        junction.set(value);
    }

    /** The quick search text (name, email or phone); applies by itself once typing pauses. */
    public StringProperty quickSearchProperty() {
        return quickSearch;
    }

    /** Says how the quick search combines when that is not obvious; empty otherwise. */
    public ReadOnlyStringProperty quickSearchNoteProperty() {
        return quickSearchNote.getReadOnlyProperty();
    }

    /** True when every row is valid, so {@link #apply()} would apply. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** The outcome of the last panel-wide action a person should read ("Loaded segment …"); may be empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The filter to query the leads with. */
    public ReadOnlyObjectProperty<Filter> appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    public Filter getAppliedFilter() {
        return appliedFilter.get();
    }

    /** The applied filter exactly as the API receives it ({@link FilterJson#write}): what "Show JSON" shows. */
    public ReadOnlyStringProperty appliedJsonProperty() {
        return appliedJson.getReadOnlyProperty();
    }

    /** The JSON "Show JSON" displays and copies. */
    public String showJson() {
        return appliedJson.get();
    }

    /** Adds an empty row at the end and returns it. */
    public FilterRowViewModel addCondition() {
        FilterRowViewModel row = new FilterRowViewModel();
        rows.add(row);
        return row;
    }

    /**
     * "Filter from what you see": adds {@code condition} as a row at the end and applies at once. Returns false
     * (and applies nothing) while another row has an error, as {@link #apply()} does.
     */
    public boolean addConditionAndApply(Condition condition) {
        rows.add(FilterRowViewModel.of(catalog, condition));
        return apply();
    }

    /** Removes {@code row}; the applied filter stays until Apply. */
    public void remove(FilterRowViewModel row) {
        rows.remove(row);
    }

    /** Inserts a copy of {@code row} right below it and returns the copy. */
    public FilterRowViewModel duplicate(FilterRowViewModel row) {
        FilterRowViewModel copy = row.copy();
        rows.add(rows.indexOf(row) + 1, copy);
        return copy;
    }

    /** Moves {@code row} one place up; false when it is first already. */
    public boolean moveUp(FilterRowViewModel row) {
        return move(row, -1);
    }

    /** Moves {@code row} one place down; false when it is last already. */
    public boolean moveDown(FilterRowViewModel row) {
        return move(row, +1);
    }

    private boolean move(FilterRowViewModel row, int step) {
        int from = rows.indexOf(row);
        int to = from + step;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return false;
        }
        rows.remove(from);
        rows.add(to, row);
        return true;
    }

    /** Removes every row and the quick search text, and applies "all leads" at once. */
    public void clearAll() {
        rows.clear();
        junction.set(Junction.AND);
        setQuickSearchQuietly("");
        appliedRows = Filter.all();
        message.set("");
        publish();
    }

    /**
     * Applies the rows (and the quick search text) at once. Does nothing and returns false while a row has an
     * error: no filter with an invalid condition is ever applied.
     */
    public boolean apply() {
        Optional<Filter> built = builtFilter();
        if (built.isEmpty()) {
            message.set(Texts.get("filter.fixMarked"));
            return false;
        }
        appliedRows = built.get();
        message.set("");
        publish();
        return true;
    }

    /** Rebuilds the rows from {@code filter} (e.g. restored from settings) and applies it. */
    public void load(Filter filter) {
        List<FilterRowViewModel> rebuilt = new ArrayList<>();
        for (Condition condition : filter.conditions()) {
            rebuilt.add(FilterRowViewModel.of(catalog, condition));
        }
        rows.setAll(rebuilt);
        junction.set(filter.junction());
        setQuickSearchQuietly("");
        appliedRows = filter;
        message.set("");
        publish();
    }

    /**
     * Rebuilds the rows from a pasted filters JSON (any form the API reads, the segment form too) and applies it.
     * On a format error nothing changes and the error message is returned.
     */
    public Optional<String> pasteJson(String json) {
        Filter filter;
        try {
            filter = FilterJson.read(json);
        } catch (FilterFormatException e) {
            return Optional.of(Texts.get("filter.paste.invalid", e.getMessage()));
        }
        load(filter);
        return Optional.empty();
    }

    /**
     * "Leads in segment X": the API has no segment condition, so the segment's own filters replace the rows and
     * apply. An unreadable segment filter changes nothing and is reported in {@link #messageProperty()}.
     */
    public void loadSegment(Segment segment) {
        Filter filter;
        try {
            filter = segment.filter();
        } catch (FilterFormatException e) {
            message.set(Texts.get("filter.segment.unreadable", segment.name(), e.getMessage()));
            return;
        }
        load(filter);
        message.set(Texts.get("filter.segment.loaded", segment.name()));
    }

    /** The filter the rows describe now, or empty while a row has an error. */
    public Optional<Filter> builtFilter() {
        List<Condition> conditions = new ArrayList<>();
        for (FilterRowViewModel row : rows) {
            Optional<Condition> condition = row.condition();
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(condition.get());
        }
        return Optional.of(new Filter(junction.get(), conditions));
    }

    private void publish() {
        quickSearchDebouncer.cancel();
        List<Condition> search = QuickSearch.conditions(quickSearch.get());
        quickSearchNote.set(QuickSearch.note(appliedRows, search));
        Filter filter = QuickSearch.combine(appliedRows, search);
        appliedFilter.set(filter);
        appliedJson.set(FilterJson.write(filter));
    }

    private void setQuickSearchQuietly(String text) {
        quickSearchMuted = true;
        try {
            quickSearch.set(text);
        } finally {
            quickSearchMuted = false;
        }
    }

    private void updateCanApply() {
        canApply.set(rows.stream().allMatch(FilterRowViewModel::isValid));
    }
}
