package app.leadbrowser.ui.leads;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.FreshnessTexts;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The paginated lead table: the query (filter groups, server sort, page size, page), the rows of the page shown
 * and the paging commands with their bounds: every page of a filter, past the API's 10,000-lead window, save the
 * leads no request can reach ({@link Reach}). A failed load keeps the rows; a slow one can be cancelled. Loading is
 * {@link PageLoader}'s, the columns {@link LeadColumnsViewModel}'s; the walk, the explanation, saved views and
 * auto-refresh follow {@link ListingState}. Several filter groups ("A or B") are merged on this computer, every page
 * of them too, with their exact total.
 */
public final class LeadTableViewModel implements ListingState.Commands {
    /** The page sizes offered. */
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

    private final TimeTexts times;
    private final LeadSelection selection;
    private final ClipboardService clipboard;
    private final PageLoader loader;
    private final LeadColumnsViewModel columns;
    private final ListingState listing;

    private final ObservableList<LeadRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<LeadRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(this, "filter", Filter.all());
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper(this, "rangeText", "");
    private final ReadOnlyStringWrapper capMessage = new ReadOnlyStringWrapper(this, "capMessage", "");
    private final ReadOnlyStringWrapper placeholder =
            new ReadOnlyStringWrapper(this, "placeholder", Texts.get("leads.loading"));
    private final ReadOnlyIntegerWrapper duplicatesHidden = new ReadOnlyIntegerWrapper(this, "duplicatesHidden");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyObjectWrapper<LeadRowViewModel> reselect = new ReadOnlyObjectWrapper<>(this, "reselect");
    private final ReadOnlyObjectWrapper<LeadRowViewModel> walkedTo = new ReadOnlyObjectWrapper<>(this, "walkedTo");
    private final ReadOnlyObjectWrapper<LeadRowViewModel> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");

    /** The listing asked for last; null before the first. */
    private LeadQuery requested;

    private FilterGroups requestedGroups = FilterGroups.all();
    /** The page shown and the groups it lists; null before the first. */
    private LeadPage displayed;

    private FilterGroups displayedGroups = FilterGroups.all();
    private boolean displayedLast;
    private final Reach reach = new Reach();
    private boolean replacingRows;
    private long loadStartedNanos;

    /** A table with a listing and columns of its own, which nothing else follows. */
    public LeadTableViewModel(
            DashlyClient client,
            TaskRunner runner,
            TimeTexts times,
            LeadSelection selection,
            ClipboardService clipboard) {
        this(client, runner, times, selection, clipboard, new ListingState(), new LeadColumnsViewModel());
    }

    /** Shows and writes {@code listing}, which the composition root also hands to what follows the table. */
    public LeadTableViewModel(
            DashlyClient client,
            TaskRunner runner,
            TimeTexts times,
            LeadSelection selection,
            ClipboardService clipboard,
            ListingState listing,
            LeadColumnsViewModel columns) {
        this.times = times;
        this.selection = selection;
        this.clipboard = clipboard;
        this.loader = new PageLoader((groups, query) -> DeepListing.of(client, groups, query), runner, times);
        this.columns = columns;
        this.listing = listing;
        listing.shownBy(this);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * Loads the page asked for last again from the server (the first page when nothing was asked yet), e.g. to
     * repeat a load that failed; the rows shown stay until it answers.
     */
    @Override
    public void refresh() {
        loader.forgetAll();
        load(query());
    }

    /** Shows the leads matching {@code value} from the first page; does nothing when the filter is unchanged. */
    public void setFilter(Filter value) {
        setFilterGroups(FilterGroups.of(value == null ? Filter.all() : value));
    }

    /**
     * Shows the leads matching any of {@code value}'s groups from the first page (one group: exactly as
     * {@link #setFilter}); does nothing when the groups are unchanged.
     */
    public void setFilterGroups(FilterGroups value) {
        FilterGroups next = value == null ? FilterGroups.all() : value;
        if (next.equals(requestedGroups) && hasRequested()) {
            return;
        }
        requestedGroups = next;
        load(query().withFilter(next.first()).withOffset(0));
    }

    /** Shows {@code groups} sorted by {@code property} in {@code order} from the first page, with one load. */
    public void showListing(FilterGroups groups, String property, SortOrder order) {
        if (groups.equals(requestedGroups)
                && property.equals(query().sortProp())
                && order == query().sortOrder()
                && hasRequested()) {
            return;
        }
        requestedGroups = groups;
        load(query().withFilter(groups.first()).withSort(property, order).withOffset(0));
    }

    /**
     * Sorts on the server by {@code property}: a new property starts ascending (dates and numbers descending,
     * newest and largest first); the property sorted by already flips its direction. Back to the first page.
     */
    public void sortBy(String property) {
        SortOrder order = property.equals(query().sortProp())
                ? query().sortOrder().reversed()
                : LeadColumns.defaultOrderFor(property);
        setSort(property, order);
    }

    /** Sorts on the server by {@code property} in {@code order}, from the first page. */
    public void setSort(String property, SortOrder order) {
        if (property.equals(query().sortProp()) && order == query().sortOrder() && hasRequested()) {
            return;
        }
        load(query().withSort(property, order).withOffset(0));
    }

    /** Shows {@code size} (one of {@link #PAGE_SIZES}) leads per page, keeping the first lead shown in view. */
    public void setPageSize(int size) {
        if (!PAGE_SIZES.contains(size) || size == query().limit()) {
            return;
        }
        int page = query().offset() / size;
        load(query().withLimit(size).withOffset(page * size));
    }

    public void firstPage() {
        goToPage(0);
    }

    public void previousPage() {
        goToPage(requestedPage() - 1);
    }

    public void nextPage() {
        if (canGoForward.get()) {
            goToPage(requestedPage() + 1);
        }
    }

    /** The last page of the listing (of the leads a request can reach). */
    public void lastPage() {
        goToPage(lastPageIndex());
    }

    /** Loads page {@code index} (0-based) if it is within bounds. */
    @Override
    public void goToPage(int index) {
        int page = Math.max(0, Math.min(index, lastPageIndex()));
        if (page == requestedPage() && hasRequested()) {
            return;
        }
        load(query().withOffset(page * query().limit()));
    }

    /** Stops the page being loaded (a deep jump, say); the page shown stays, and so do its bounds. */
    public void cancelLoad() {
        if (!listing.loading.get()) {
            return;
        }
        loader.cancel();
        if (displayed != null) {
            requested = displayed.query();
            requestedGroups = displayedGroups;
        }
        listing.loading.set(false);
        placeholder.set(Texts.get("leads.noMatch"));
        updateBounds();
    }

    /**
     * Makes {@code row} the selected lead (the card follows); null clears the selection, except while a load
     * replaces the rows: the table drops its selection then, but the card keeps the lead the user was reading.
     */
    public void select(LeadRowViewModel row) {
        if (row == null && replacingRows) {
            return;
        }
        selection.select(row == null ? null : row.summary());
    }

    /** The row under the mouse pointer, or null when the pointer is over no row (its card may be prefetched). */
    public void hover(LeadRowViewModel row) {
        hovered.set(row);
    }

    /** Copies the value of one cell. */
    public void copyCell(LeadRowViewModel row, LeadColumn column) {
        clipboard.putText(row.copyText(column));
    }

    /** Copies a row: the visible columns' values separated by tabs, ready to paste into a spreadsheet. */
    public void copyRow(LeadRowViewModel row) {
        clipboard.putText(columns.copyText(row));
    }

    // ---- kept across restarts ----------------------------------------------------------------------------------

    /** The filter, sort, page size and columns, as the settings keep them. */
    @Override
    public ViewState currentViewState() {
        return ViewStates.of(requestedGroups, query(), columns.states());
    }

    /** Restores a kept view and loads its first page. Anything unreadable falls back to the default. */
    @Override
    public void applyViewState(ViewState state) {
        columns.restore(state.columns());
        ViewStates.Listing kept = ViewStates.listingOf(state);
        requestedGroups = kept.groups();
        load(kept.query());
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    private void load(LeadQuery query) {
        requested = query;
        FilterGroups groups = requestedGroups;
        boolean cached = loader.isCached(groups, query);
        if (!cached) {
            // sent before the new listing is announced: what listens to it (the filter panel rebuilding its
            // conditions, the card's explanation, the saved view) runs while the request is on its way
            loader.load(groups, query, loaded -> show(loaded, groups), this::fail);
        }
        announce(query);
        if (cached) {
            loader.load(groups, query, loaded -> show(loaded, groups), this::fail);
        }
    }

    /** The listing asked for, made known to the view and its listeners: it is loading from the first moment. */
    private void announce(LeadQuery query) {
        filter.set(query.filter());
        listing.filterGroups.set(requestedGroups);
        listing.sortProp.set(query.sortProp());
        listing.sortOrder.set(query.sortOrder());
        listing.pageSize.set(query.limit());
        listing.errorMessage.set("");
        listing.loading.set(true);
        listing.lastFailure.set(null);
        placeholder.set(Texts.get("leads.loading"));
        updateBounds();
        loadStartedNanos = System.nanoTime();
    }

    /** The listing asked for last, or the default one before the first. */
    private LeadQuery query() {
        return requested == null ? LeadQuery.defaults() : requested;
    }

    /** Whether a page was asked for: the same listing asked again then changes nothing, even while it loads. */
    private boolean hasRequested() {
        return requested != null;
    }

    private void show(PageLoader.Loaded loaded, FilterGroups groups) {
        LeadPage page = loaded.page();
        boolean combined = groups.isCombined();
        List<LeadRowViewModel> fresh = PageRows.of(page, displayed, combined, times);
        columns.learnFrom(page.leads());
        displayed = page;
        displayedGroups = groups;
        displayedLast = loaded.last();
        reach.learn(List.of(groups, page.query().withOffset(0).withLimit(LeadQuery.DEFAULT_LIMIT)), loaded);
        duplicatesHidden.set(page.leads().size() - fresh.size());
        hovered.set(null); // the pointer is over another lead now, or over none
        replacingRows = true;
        try {
            rows.setAll(fresh);
        } finally {
            replacingRows = false;
        }
        reselect.set(null);
        reselect.set(PageRows.rowOf(selection.getSelected(), fresh));
        total.set(page.total());
        pageIndex.set(page.query().offset() / page.query().limit());
        listing.loading.set(false);
        placeholder.set(Texts.get("leads.noMatch"));
        listing.lastLoadDuration.set(Duration.ofNanos(System.nanoTime() - loadStartedNanos));
        listing.lastLoadedAt.set(times.now()); // after the duration: listeners read both
        updateBounds();
        loader.prefetchAfter(groups, loaded);
        if (page.leads().isEmpty() && lastPageIndex() < requestedPage()) {
            lastPage(); // the total promised more pages than can be listed: show the real last one
            return;
        }
        listing.listAsOf.set(loader.fetchedAt(groups, page.query()).orElseGet(times::now));
        listing.listAsOfText.set(Texts.get("walk.listAsOf", FreshnessTexts.time(listing.listAsOf.get(), times)));
        listing.shownPage.set(null); // a page shown again from the cache is news too (a walk may wait for it)
        listing.shownPage.set(page); // last: a walk waiting for this page may load another one at once
    }

    /** The row below the one showing {@code lead} on this page, if any: what a person reading down opens next. */
    public Optional<LeadRowViewModel> rowAfter(LeadSummary lead) {
        int index = PageRows.indexOf(lead, rows);
        return index >= 0 && index + 1 < rows.size() ? Optional.of(rows.get(index + 1)) : Optional.empty();
    }

    private void fail(Throwable failure) {
        listing.loading.set(false);
        placeholder.set(""); // the error bar says why
        listing.lastFailure.set(failure);
        listing.errorMessage.set(UserMessages.describe(failure));
        updateBounds();
    }

    private int requestedPage() {
        return query().offset() / query().limit();
    }

    /** The last page index of the leads that can be listed. */
    private int lastPageIndex() {
        long reachable = reach.reachable(total.get());
        int size = query().limit();
        return (int) Math.max(0, (reachable + size - 1) / size - 1);
    }

    private void updateBounds() {
        int page = requestedPage();
        boolean listEnded = displayed != null
                && displayed.query().equals(query())
                && displayedGroups.equals(requestedGroups)
                && displayedLast;
        canGoBack.set(page > 0);
        canGoForward.set(displayed != null && page < lastPageIndex() && !listEnded);
        pageCount.set(lastPageIndex() + 1);
        listing.reachable.set(reach.reachable(total.get()));
        rangeText.set(ListingTexts.range(displayed));
        capMessage.set(reach.capText(total.get()));
    }

    // ---- walking the list (LeadWalkViewModel) ------------------------------------------------------------------

    /** Opens {@code lead}'s card and marks its row when it is on the page shown: the table follows a walk. */
    @Override
    public void walkTo(LeadSummary lead) {
        LeadRowViewModel row = PageRows.rowOf(lead, rows);
        selection.select(row == null ? lead : row.summary());
        walkedTo.set(null);
        walkedTo.set(row);
    }

    /** The row a walk (next/previous lead) moved the card to, for the table to select and scroll into view. */
    public ReadOnlyObjectProperty<LeadRowViewModel> walkedToProperty() {
        return walkedTo.getReadOnlyProperty();
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** What the walk, the explanation, saved views and auto-refresh follow. */
    public ListingState listing() {
        return listing;
    }

    /** The columns shown and the properties offered for more. */
    public LeadColumnsViewModel columns() {
        return columns;
    }

    /** The leads of the page shown (ids shown on the page before are left out). */
    public ObservableList<LeadRowViewModel> getRows() {
        return rowsView;
    }

    /** After a load: the row of the lead the card shows, when that lead is on the new page, for the table to mark. */
    public ReadOnlyObjectProperty<LeadRowViewModel> reselectProperty() {
        return reselect.getReadOnlyProperty();
    }

    /** The row under the mouse pointer ({@link #hover}); null over no row and after each page change. */
    public ReadOnlyObjectProperty<LeadRowViewModel> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /**
     * The filter listed, as one flat group. For a combined listing (several groups) this is the first group only:
     * read {@link ListingState#filterGroupsProperty()} for the whole expression.
     */
    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The 0-based index of the page shown. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** How many pages can be reached (all of them, save leads out of reach). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The total of leads matching the filter, as the last page reported it. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** E.g. "1–20 of 12,000". */
    public ReadOnlyStringProperty rangeTextProperty() {
        return rangeText.getReadOnlyProperty();
    }

    /** What the table says while it has no rows: that it is loading, or that no lead matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Why leads of the filter are out of reach and what would reach them; empty when every lead can be listed. */
    public ReadOnlyStringProperty capMessageProperty() {
        return capMessage.getReadOnlyProperty();
    }

    /** How many leads of this page were left out because the page before showed them already. */
    public ReadOnlyIntegerProperty duplicatesHiddenProperty() {
        return duplicatesHidden.getReadOnlyProperty();
    }

    /** Whether first/previous are offered. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** Whether next/last are offered (never past the list's end or its leads out of reach). */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public long getTotal() {
        return total.get();
    }

    public int getPageIndex() {
        return pageIndex.get();
    }
}
