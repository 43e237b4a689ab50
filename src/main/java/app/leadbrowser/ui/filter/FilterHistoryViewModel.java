package app.leadbrowser.ui.filter;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.settings.FilterHistory;
import app.leadbrowser.settings.FilterHistoryEntry;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A workspace's filter history: the last {@value #MAX_ENTRIES} filters listed (with their sort), newest first, kept
 * across restarts. A filter listed again moves to the top with its latest sort; typing a text further (quick search
 * or a "contains" value) refines the newest entry instead of adding one per pause. Use on the FX thread.
 */
public final class FilterHistoryViewModel {
    /** How many filters the history keeps. */
    public static final int MAX_ENTRIES = 30;

    /** Re-applies a filter with its sort: rebuilds the builder and lists it. */
    @FunctionalInterface
    public interface Reapplier {
        void reapply(FilterGroups filter, String sortProp, SortOrder sortOrder);
    }

    private final PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> store;
    private final String workspaceId;
    private final TimeTexts times;
    private final ObservableList<FilterHistoryItem> items = FXCollections.observableArrayList();
    private final ObservableList<FilterHistoryItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private Reapplier reapplier = (filter, sortProp, sortOrder) -> {};

    /** Shows what {@code store} kept for {@code workspaceId}; entries that cannot be read any more are left out. */
    public FilterHistoryViewModel(
            PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> store, String workspaceId, TimeTexts times) {
        this.store = store;
        this.workspaceId = workspaceId;
        this.times = times;
        for (FilterHistoryEntry entry : store.get(workspaceId).orElse(List.of())) {
            try {
                items.add(new FilterHistoryItem(
                        FilterGroupsJson.read(entry.filterJson()),
                        entry.sortProp(),
                        SortOrder.fromWireName(entry.sortOrder()).orElse(SortOrder.DESC),
                        Instant.ofEpochMilli(entry.appliedAt())));
            } catch (FilterFormatException | NullPointerException unreadable) {
                // written by a later version, or damaged by hand: not worth a message
            }
            if (items.size() == MAX_ENTRIES) {
                break;
            }
        }
    }

    /** The filters applied, newest first. */
    public ObservableList<FilterHistoryItem> items() {
        return itemsView;
    }

    /** What {@link #reapply} does; the window sets it where the builder and the table are. */
    public void setReapplier(Reapplier value) {
        reapplier = value;
    }

    /**
     * Notes that {@code filter} was listed sorted by {@code sortProp}: it becomes the newest entry (all leads, no
     * filter, is not kept).
     */
    public void record(FilterGroups filter, String sortProp, SortOrder sortOrder) {
        if (filter.isEmpty()) {
            return;
        }
        FilterHistoryItem item = new FilterHistoryItem(filter, sortProp, sortOrder, times.now());
        if (!items.isEmpty()) {
            FilterHistoryItem newest = items.get(0);
            if (newest.sameListing(item)) {
                return;
            }
            if (newest.filter().equals(filter) || refines(newest.filter(), filter)) {
                items.remove(0);
            }
        }
        items.removeIf(old -> old.filter().equals(filter));
        items.add(0, item);
        if (items.size() > MAX_ENTRIES) {
            items.remove(MAX_ENTRIES, items.size());
        }
        save();
    }

    /** Applies {@code item}'s filter and sort again (it then moves to the top). */
    public void reapply(FilterHistoryItem item) {
        reapplier.reapply(item.filter(), item.sortProp(), item.sortOrder());
    }

    /** Forgets every entry. */
    public void clear() {
        items.clear();
        save();
    }

    /** "2024-05-01 14:03": when an entry was applied. */
    public String appliedAtText(FilterHistoryItem item) {
        return times.shortDateTime(item.appliedAt());
    }

    private void save() {
        List<FilterHistoryEntry> entries = new ArrayList<>();
        for (FilterHistoryItem item : items) {
            entries.add(new FilterHistoryEntry(
                    FilterGroupsJson.write(item.filter()),
                    item.sortProp(),
                    item.sortOrder().wireName(),
                    item.appliedAt().toEpochMilli()));
        }
        store.put(workspaceId, List.copyOf(entries));
    }

    /**
     * Whether {@code later} is {@code earlier} with one text typed further or back (as quick search applies while
     * typing): the same conditions, where each that differs is a text of the same property and operator whose value
     * starts with the other's.
     */
    static boolean refines(FilterGroups earlier, FilterGroups later) {
        if (earlier.groups().size() != later.groups().size()) {
            return false;
        }
        for (int g = 0; g < earlier.groups().size(); g++) {
            Filter a = earlier.groups().get(g);
            Filter b = later.groups().get(g);
            if (a.junction() != b.junction()
                    || a.conditions().size() != b.conditions().size()) {
                return false;
            }
            for (int i = 0; i < a.conditions().size(); i++) {
                if (!sameOrTypedFurther(a.conditions().get(i), b.conditions().get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameOrTypedFurther(Condition a, Condition b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Condition.Text x && b instanceof Condition.Text y) {
            String p = x.text().toLowerCase(Locale.ROOT);
            String q = y.text().toLowerCase(Locale.ROOT);
            return x.property().equals(y.property())
                    && x.operator() == y.operator()
                    && (p.startsWith(q) || q.startsWith(p));
        }
        return false;
    }
}
