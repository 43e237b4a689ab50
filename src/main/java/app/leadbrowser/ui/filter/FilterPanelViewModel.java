package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.Debouncer;
import app.leadbrowser.ui.common.FxDebouncer;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * The filter builder: one AND/OR group of condition rows (what the API takes), or up to
 * {@value FilterGroups#MAX_GROUPS} AND groups joined by OR (which the API cannot take: the table then asks once
 * per group and merges), a quick search box, and the filter applied to the lead list. One rule for applying: the
 * rows' edits never reach the list by themselves; they are counted ({@link #pendingChangesProperty()}) until
 * {@link #apply()}. The applied filter changes only on Apply, {@link #clearAll()} (undone by {@link #undoClear()}),
 * {@link #load}, a paste or a segment load, a condition from a cell, and when quick search typing has paused.
 */
public final class FilterPanelViewModel {
    /** How long quick search typing must pause before it applies. */
    public static final Duration QUICK_SEARCH_QUIET_TIME = Duration.millis(250);

    private final PropertyCatalog catalog;
    private final Debouncer quickSearchDebouncer;

    private final ObservableList<FilterGroupViewModel> groups = FXCollections.observableArrayList();
    private final ObservableList<FilterGroupViewModel> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyBooleanWrapper combined = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAddGroup = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<Junction> junction = new SimpleObjectProperty<>(Junction.AND);
    private final StringProperty quickSearch = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper quickSearchNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Filter> appliedFilter = new ReadOnlyObjectWrapper<>(Filter.all());
    private final ReadOnlyObjectWrapper<FilterGroups> appliedGroups = new ReadOnlyObjectWrapper<>(FilterGroups.all());
    private final ReadOnlyStringWrapper appliedJson =
            new ReadOnlyStringWrapper(FilterGroupsJson.write(FilterGroups.all()));
    private final ReadOnlyIntegerWrapper pendingChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper applyText = new ReadOnlyStringWrapper(Texts.get("filter.apply"));
    private final ReadOnlyBooleanWrapper canUndoClear = new ReadOnlyBooleanWrapper();
    private final ListChangeListener<FilterRowViewModel> rowsChanged = change -> updateCanApply();

    /** The rows' part of the applied filter: what the last Apply (or load) took from the rows. */
    private FilterGroups appliedRows = FilterGroups.all();

    /** The rows as last applied, to count the edits not applied yet. */
    private AppliedBuilder appliedBuilder;

    /** What "Clear all" removed, until Undo brings it back or another apply makes it stale. */
    private ClearedFilter beforeClear;

    private boolean quickSearchMuted;

    /** A builder whose quick search applies after {@link #QUICK_SEARCH_QUIET_TIME} on the FX clock. */
    public FilterPanelViewModel(PropertyCatalog catalog) {
        this(catalog, new FxDebouncer(QUICK_SEARCH_QUIET_TIME));
    }

    /** A builder whose quick search waits as {@code quickSearchDebouncer} says (tests pass their own). */
    public FilterPanelViewModel(PropertyCatalog catalog, Debouncer quickSearchDebouncer) {
        this.catalog = catalog;
        this.quickSearchDebouncer = quickSearchDebouncer;
        groups.add(newGroup());
        appliedBuilder = AppliedBuilder.of(groups, junction.get());
        groups.addListener((ListChangeListener<FilterGroupViewModel>) change -> {
            combined.set(groups.size() > 1);
            updateCanApply();
        });
        junction.addListener((obs, old, now) -> {
            if (now == null || (now == Junction.OR && groups.size() > 1)) {
                junction.set(Junction.AND); // groups joined by OR each take all their conditions
            }
            updateCanApply();
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

    /** The condition rows of the first group, in order: all rows unless OR groups were added. */
    public ObservableList<FilterRowViewModel> rows() {
        return groups.get(0).rows();
    }

    /** The groups of rows, at least one; with several, a lead shows when it matches any of them. */
    public ObservableList<FilterGroupViewModel> groups() {
        return groupsView;
    }

    /** True with more than one group: the table then merges one listing per group on this computer. */
    public ReadOnlyBooleanProperty combinedProperty() {
        return combined.getReadOnlyProperty();
    }

    /** Whether {@link #addGroup()} may add a group: fewer than the most, and the conditions joined by AND. */
    public ReadOnlyBooleanProperty canAddGroupProperty() {
        return canAddGroup.getReadOnlyProperty();
    }

    /**
     * AND (all conditions) or OR (any condition) inside the group; applies with the next {@link #apply()}. With
     * several groups it stays AND: the groups are what is joined by OR.
     */
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

    /**
     * How many edits of the rows (and the junction) are not applied yet: a row added, edited or removed counts one.
     * The panel marks them ("Apply · 2 changes") so that the rows never differ from the list without a sign.
     */
    public ReadOnlyIntegerProperty pendingChangesProperty() {
        return pendingChanges.getReadOnlyProperty();
    }

    /** True when {@code row} was added or edited and not applied since: its chip is marked. */
    public boolean isPending(FilterRowViewModel row) {
        return appliedBuilder.differs(row);
    }

    /** The Apply button's text: "Apply", or "Apply · 2 changes" while edits are pending. */
    public ReadOnlyStringProperty applyTextProperty() {
        return applyText.getReadOnlyProperty();
    }

    /** True right after {@link #clearAll()}, until {@link #undoClear()} or another apply. */
    public ReadOnlyBooleanProperty canUndoClearProperty() {
        return canUndoClear.getReadOnlyProperty();
    }

    /** True when every row is valid, so {@link #apply()} would apply. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** The outcome of the last panel-wide action a person should read ("Loaded segment …"); may be empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The filter to query the leads with; with several groups, the first one (see {@link #appliedGroupsProperty}). */
    public ReadOnlyObjectProperty<Filter> appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    public Filter getAppliedFilter() {
        return appliedFilter.get();
    }

    /** The whole filter to query the leads with: one group, or several joined by OR. */
    public ReadOnlyObjectProperty<FilterGroups> appliedGroupsProperty() {
        return appliedGroups.getReadOnlyProperty();
    }

    public FilterGroups getAppliedGroups() {
        return appliedGroups.get();
    }

    /**
     * The applied filter as the API receives it ({@link FilterGroupsJson#write}): what "Show JSON" shows. With
     * several groups, each element of its {@code any_of} is the filters of one request.
     */
    public ReadOnlyStringProperty appliedJsonProperty() {
        return appliedJson.getReadOnlyProperty();
    }

    /** The JSON "Show JSON" displays and copies. */
    public String showJson() {
        return appliedJson.get();
    }

    /** Adds an empty row at the end (of the last group) and returns it. */
    public FilterRowViewModel addCondition() {
        return addCondition(groups.get(groups.size() - 1));
    }

    /** Adds an empty row at the end of {@code group} and returns it. */
    public FilterRowViewModel addCondition(FilterGroupViewModel group) {
        FilterRowViewModel row = new FilterRowViewModel();
        group.rows().add(row);
        return row;
    }

    /**
     * "Filter from what you see": adds {@code condition} as a row at the end of every group (a lead must have the
     * value whichever group lets it in) and applies at once. A "less than" or "more than" takes the place of the
     * row bounding the same property the same way ({@link ConditionBounds}). Returns false (and applies nothing)
     * while another row has an error, as {@link #apply()} does.
     */
    public boolean addConditionAndApply(Condition condition) {
        groups.forEach(group -> group.addReplacingBounds(FilterRowViewModel.of(catalog, condition)));
        return apply();
    }

    /** Drops {@code row} when nothing was chosen or typed in it (an editor closed right after "+ Filter"). */
    public void discardIfBlank(FilterRowViewModel row) {
        if (row.isBlank()) {
            remove(row);
        }
    }

    /**
     * Adds a group joined to the others by OR, with one empty row, and returns it; empty when no group may be
     * added ({@link #canAddGroupProperty()}). The applied filter stays until Apply.
     */
    public Optional<FilterGroupViewModel> addGroup() {
        if (!canAddGroup.get()) {
            return Optional.empty();
        }
        junction.set(Junction.AND); // a group of one condition reads the same under AND
        FilterGroupViewModel group = newGroup();
        group.rows().add(new FilterRowViewModel());
        groups.add(group);
        return Optional.of(group);
    }

    /** Removes {@code group} with its rows while another is left; the applied filter stays until Apply. */
    public void removeGroup(FilterGroupViewModel group) {
        int index = groups.indexOf(group);
        if (index < 0 || groups.size() == 1) {
            return;
        }
        if (index == 0) { // the first group stays the same object, so that rows() stays the same list
            group.rows().setAll(List.copyOf(groups.get(1).rows()));
            index = 1;
        }
        groups.remove(index);
    }

    /** The group holding {@code row}, if any. */
    public Optional<FilterGroupViewModel> groupOf(FilterRowViewModel row) {
        return groups.stream().filter(group -> group.rows().contains(row)).findFirst();
    }

    /** Removes {@code row}; the applied filter stays until Apply. */
    public void remove(FilterRowViewModel row) {
        groupOf(row).ifPresent(group -> group.rows().remove(row));
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
        Optional<FilterGroupViewModel> group = groupOf(row);
        if (group.isEmpty()) {
            return false;
        }
        ObservableList<FilterRowViewModel> rows = group.get().rows();
        int from = rows.indexOf(row);
        int to = from + step;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return false;
        }
        rows.remove(from);
        rows.add(to, row);
        return true;
    }

    /** Removes every row and the quick search text, and applies "all leads" at once; {@link #undoClear()} undoes it. */
    public void clearAll() {
        ClearedFilter cleared = new ClearedFilter(
                groups.stream().map(group -> List.copyOf(group.rows())).toList(),
                junction.get(),
                quickSearch.get(),
                appliedRows,
                appliedBuilder);
        groups.remove(1, groups.size());
        rows().clear();
        junction.set(Junction.AND);
        setQuickSearchQuietly("");
        markApplied(FilterGroups.all());
        beforeClear = cleared;
        canUndoClear.set(true);
        message.set(Texts.get("filter.cleared"));
        publish();
    }

    /**
     * Brings back what the last {@link #clearAll()} removed (rows, edits not applied yet, junction, quick search)
     * and applies what was applied before it. False when there is nothing to undo.
     */
    public boolean undoClear() {
        ClearedFilter cleared = beforeClear;
        if (cleared == null) {
            return false;
        }
        rows().setAll(cleared.groups().get(0));
        for (List<FilterRowViewModel> rows :
                cleared.groups().subList(1, cleared.groups().size())) {
            FilterGroupViewModel group = newGroup();
            group.rows().setAll(rows);
            groups.add(group);
        }
        junction.set(cleared.junction());
        setQuickSearchQuietly(cleared.quickSearch());
        appliedRows = cleared.appliedRows();
        appliedBuilder = cleared.appliedBuilder();
        forgetClear();
        message.set("");
        updatePending();
        publish();
        return true;
    }

    /**
     * Applies the rows (and the quick search text) at once. Does nothing and returns false while a row has an
     * error: no filter with an invalid condition is ever applied.
     */
    public boolean apply() {
        Optional<FilterGroups> built = builtGroups();
        if (built.isEmpty()) {
            groups.forEach(group -> group.rows().forEach(FilterRowViewModel::revealErrors));
            message.set(Texts.get("filter.fixMarked"));
            return false;
        }
        markApplied(built.get());
        message.set("");
        publish();
        return true;
    }

    /** Applies the quick search text at once instead of once typing pauses (Enter in the box). */
    public void searchNow() {
        publish();
    }

    /** Rebuilds the rows from {@code filter} (e.g. restored from settings) and applies it. */
    public void load(Filter filter) {
        load(FilterGroups.of(filter));
    }

    /** Rebuilds the groups and rows from {@code filter} (e.g. from the history) and applies it. */
    public void load(FilterGroups filter) {
        groups.remove(1, groups.size());
        rows().setAll(FilterRowViewModel.rowsOf(catalog, filter.first()));
        junction.set(filter.isCombined() ? Junction.AND : filter.first().junction());
        for (Filter more : filter.groups().subList(1, filter.groups().size())) {
            FilterGroupViewModel group = newGroup();
            group.rows().setAll(FilterRowViewModel.rowsOf(catalog, more));
            groups.add(group);
        }
        setQuickSearchQuietly("");
        markApplied(filter);
        message.set("");
        publish();
    }

    /**
     * Rebuilds the rows from a pasted filters JSON (any form the API reads, the segment form too, or the
     * {@code any_of} form "Show JSON" gives for several groups) and applies it. On a format error nothing changes
     * and the error message is returned.
     */
    public Optional<String> pasteJson(String json) {
        FilterGroups filter;
        try {
            filter = FilterGroupsJson.read(json);
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

    /** The filter the first group's rows describe now, or empty while one of them has an error. */
    public Optional<Filter> builtFilter() {
        return groups.get(0).conditions().map(conditions -> new Filter(junction.get(), conditions));
    }

    /**
     * The filter all rows describe now, or empty while a row has an error. Among several groups, those without
     * conditions are left out: they are groups not filled in yet, not "every lead".
     */
    public Optional<FilterGroups> builtGroups() {
        return groups.size() == 1 ? builtFilter().map(FilterGroups::of) : FilterGroupViewModel.combined(groups);
    }

    /** The rows now are the applied ones: {@code filter} is what they say. */
    private void markApplied(FilterGroups filter) {
        appliedRows = filter;
        appliedBuilder = AppliedBuilder.of(groups, junction.get());
        forgetClear();
        updatePending();
    }

    private void forgetClear() {
        beforeClear = null;
        canUndoClear.set(false);
    }

    private void publish() {
        quickSearchDebouncer.cancel();
        QuickSearch.Combined combinedSearch =
                QuickSearch.combine(appliedRows, QuickSearch.conditions(quickSearch.get()));
        quickSearchNote.set(combinedSearch.note());
        FilterGroups filter = combinedSearch.filter();
        appliedFilter.set(filter.first());
        appliedGroups.set(filter);
        appliedJson.set(FilterGroupsJson.write(filter));
    }

    private FilterGroupViewModel newGroup() {
        FilterGroupViewModel group = new FilterGroupViewModel();
        group.rows().addListener(rowsChanged);
        return group;
    }

    private void setQuickSearchQuietly(String text) {
        quickSearchMuted = true;
        try {
            quickSearch.set(text);
        } finally {
            quickSearchMuted = false;
        }
    }

    private void updatePending() {
        int changes = appliedBuilder.changesIn(groups, junction.get());
        pendingChanges.set(changes);
        applyText.set(changes == 0 ? Texts.get("filter.apply") : Texts.plural("filter.apply.changes", changes));
    }

    private void updateCanApply() {
        updatePending();
        canApply.set(groups.stream().flatMap(group -> group.rows().stream()).allMatch(FilterRowViewModel::isValid));
        canAddGroup.set(
                groups.size() < FilterGroups.MAX_GROUPS && (junction.get() == Junction.AND || rows().size() <= 1));
    }
}
