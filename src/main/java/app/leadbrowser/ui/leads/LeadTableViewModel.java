package app.leadbrowser.ui.leads;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.merge.MergedPage;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.export.SpreadsheetText;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.FreshnessTexts;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * The paginated lead table: the query (filter, server sort, page size, page), the rows of the page shown, the
 * pagination commands with their bounds (never past the API's 10,000-lead window), loading and error state, and
 * the columns. Results that arrive after the user moved on are dropped; a failed load keeps the rows.
 *
 * <p>When a page lands, the next one is prefetched (one request, cancelled when the user asks for anything
 * else); recent pages are kept in a small cache keyed by the query, so next and previous show at once. Refresh and
 * retry always ask the server again.
 *
 * <p>A filter of several groups ({@link FilterGroups}: "A or B") is listed with one request per group, merged on
 * this computer ({@link CombinedListing}); its total is then an upper bound ({@link #totalIsBoundProperty()}).
 */
public final class LeadTableViewModel {
    /** The page sizes offered. */
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

    private final DashlyClient client;
    private final TaskRunner runner;
    private final TimeTexts times;
    private final LeadSelection selection;
    private final ClipboardService clipboard;

    private final ObservableList<LeadRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<LeadColumn> columns = FXCollections.observableArrayList(LeadColumns.defaults());
    private final ObservableList<String> knownProperties = FXCollections.observableArrayList();
    private final ObservableList<LeadRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<LeadColumn> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> knownPropertiesView =
            FXCollections.unmodifiableObservableList(knownProperties);
    private final Set<String> learnedProperties = new TreeSet<>(PropertyLabels.knownSystemProperties());

    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(this, "filter", Filter.all());
    private final ReadOnlyObjectWrapper<FilterGroups> filterGroups =
            new ReadOnlyObjectWrapper<>(this, "filterGroups", FilterGroups.all());
    private final ReadOnlyBooleanWrapper totalIsBound = new ReadOnlyBooleanWrapper(this, "totalIsBound");
    private final ReadOnlyStringWrapper sortProp =
            new ReadOnlyStringWrapper(this, "sortProp", LeadQuery.DEFAULT_SORT_PROP);
    private final ReadOnlyObjectWrapper<SortOrder> sortOrder =
            new ReadOnlyObjectWrapper<>(this, "sortOrder", SortOrder.DESC);
    private final ReadOnlyIntegerWrapper pageSize = new ReadOnlyIntegerWrapper(this, "pageSize", 20);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper(this, "rangeText", "");
    private final ReadOnlyStringWrapper capMessage = new ReadOnlyStringWrapper(this, "capMessage", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final ReadOnlyIntegerWrapper duplicatesHidden = new ReadOnlyIntegerWrapper(this, "duplicatesHidden");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyObjectWrapper<Instant> lastLoadedAt = new ReadOnlyObjectWrapper<>(this, "lastLoadedAt");
    private final ReadOnlyObjectWrapper<Duration> lastLoadDuration =
            new ReadOnlyObjectWrapper<>(this, "lastLoadDuration");

    private final ReadOnlyObjectWrapper<LeadRowViewModel> reselect = new ReadOnlyObjectWrapper<>(this, "reselect");
    private final ReadOnlyObjectWrapper<LeadPage> shownPage = new ReadOnlyObjectWrapper<>(this, "shownPage");
    private final ReadOnlyObjectWrapper<LeadRowViewModel> walkedTo = new ReadOnlyObjectWrapper<>(this, "walkedTo");
    private final ReadOnlyObjectWrapper<Instant> listAsOf = new ReadOnlyObjectWrapper<>(this, "listAsOf");
    private final ReadOnlyStringWrapper listAsOfText = new ReadOnlyStringWrapper(this, "listAsOfText", "");
    /** When each recent page came from the server: a page shown from the cache is as old as its fetch. */
    private final Map<LeadQuery, Instant> fetchedAt = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LeadQuery, Instant> eldest) {
            return size() > 32;
        }
    };

    private final ReadOnlyObjectWrapper<LeadRowViewModel> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");

    private LeadQuery requested = LeadQuery.defaults();
    private boolean replacingRows;
    private LeadPage displayed;
    private RunningTask inFlight;
    private boolean holdingAnswer;
    private Runnable heldAnswer;
    private long generation;
    private long loadStartedNanos;
    private final PageCache cache = new PageCache();
    private LeadQuery prefetched;
    private RunningTask prefetch;
    private long prefetchCount;
    private long prefetchId;
    private long adoptedBy;
    private final CombinedListing combinedListing;
    private FilterGroups requestedGroups = FilterGroups.all();
    private FilterGroups displayedGroups = FilterGroups.all();

    public LeadTableViewModel(
            DashlyClient client,
            TaskRunner runner,
            TimeTexts times,
            LeadSelection selection,
            ClipboardService clipboard) {
        this.client = client;
        this.runner = runner;
        this.times = times;
        this.selection = selection;
        this.clipboard = clipboard;
        this.combinedListing = new CombinedListing(client, runner);
        knownProperties.setAll(learnedProperties);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Loads the page asked for last again (the first page when nothing was asked yet). */
    public void refresh() {
        cache.clear();
        combinedListing.forget();
        load(requested);
    }

    /** Repeats the load that failed; the rows shown stay until it answers. */
    public void retry() {
        cache.clear();
        combinedListing.forget();
        load(requested);
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
        load(requested.withFilter(next.first()).withOffset(0));
    }

    /** Shows {@code groups} sorted by {@code property} in {@code order} from the first page, with one load. */
    public void showListing(FilterGroups groups, String property, SortOrder order) {
        if (groups.equals(requestedGroups)
                && property.equals(requested.sortProp())
                && order == requested.sortOrder()
                && hasRequested()) {
            return;
        }
        requestedGroups = groups;
        load(requested.withFilter(groups.first()).withSort(property, order).withOffset(0));
    }

    /**
     * Sorts on the server by {@code property}: a new property starts ascending (dates and numbers descending,
     * newest and largest first); the property sorted by already flips its direction. Back to the first page.
     */
    public void sortBy(String property) {
        SortOrder order =
                property.equals(requested.sortProp()) ? requested.sortOrder().reversed() : defaultOrderFor(property);
        setSort(property, order);
    }

    /** Sorts on the server by {@code property} in {@code order}, from the first page. */
    public void setSort(String property, SortOrder order) {
        if (property.equals(requested.sortProp()) && order == requested.sortOrder() && hasRequested()) {
            return;
        }
        load(requested.withSort(property, order).withOffset(0));
    }

    /** Shows {@code size} (one of {@link #PAGE_SIZES}) leads per page, keeping the first lead shown in view. */
    public void setPageSize(int size) {
        if (!PAGE_SIZES.contains(size) || size == requested.limit()) {
            return;
        }
        int page = requested.offset() / size;
        load(requested.withLimit(size).withOffset(page * size));
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

    /** The last page the API lets anyone reach (never past the 10,000-lead window). */
    public void lastPage() {
        goToPage(lastPageIndex());
    }

    /** Loads page {@code index} (0-based) if it is within bounds. */
    public void goToPage(int index) {
        int page = Math.max(0, Math.min(index, lastPageIndex()));
        if (page == requestedPage() && hasRequested()) {
            return;
        }
        load(requested.withOffset(page * requested.limit()));
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
        clipboard.putText(columns.stream()
                .filter(LeadColumn::visible)
                .filter(column -> column.kind() != LeadColumn.Kind.PRESENCE)
                .map(column -> SpreadsheetText.guard(row.copyText(column)))
                .collect(Collectors.joining("\t")));
    }

    // ---- columns ---------------------------------------------------------------------------------------------

    /** Adds a column showing {@code property} (or shows it again when it is hidden). */
    public void addColumn(String property) {
        String key = property == null ? "" : property.strip();
        if (key.isEmpty()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                columns.set(i, columns.get(i).withVisible(true));
                return;
            }
        }
        columns.add(LeadColumns.forKey(key));
    }

    /** Shows or hides a column. */
    public void setColumnVisible(String key, boolean visible) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key) && columns.get(i).visible() != visible) {
                columns.set(i, columns.get(i).withVisible(visible));
            }
        }
    }

    /** Takes the order and widths the user gave the columns in the table. Unknown keys are ignored. */
    public void updateColumnLayout(List<ColumnState> layout) {
        Map<String, LeadColumn> byKey = new LinkedHashMap<>();
        columns.forEach(column -> byKey.put(column.key(), column));
        List<LeadColumn> ordered = new ArrayList<>();
        for (ColumnState state : layout) {
            LeadColumn column = byKey.remove(state.property());
            if (column != null) {
                ordered.add(column.withWidth(state.width()).withVisible(state.visible()));
            }
        }
        ordered.addAll(byKey.values());
        if (!ordered.equals(columns)) {
            columns.setAll(ordered);
        }
    }

    // ---- kept across restarts ----------------------------------------------------------------------------------

    /** The filter, sort, page size and columns, as the settings keep them. */
    public ViewState currentViewState() {
        FilterGroups current = requestedGroups;
        return new ViewState(
                current.isEmpty() ? null : FilterGroupsJson.write(current),
                requested.sortProp(),
                requested.sortOrder().wireName(),
                requested.limit(),
                columns.stream().map(LeadColumn::toState).collect(Collectors.toList()));
    }

    /** Restores a kept view and loads its first page. Anything unreadable falls back to the default. */
    public void applyViewState(ViewState state) {
        if (!state.columns().isEmpty()) {
            columns.setAll(state.columns().stream()
                    .map(saved -> LeadColumns.forKey(saved.property())
                            .withWidth(saved.width())
                            .withVisible(saved.visible()))
                    .collect(Collectors.toList()));
        }
        FilterGroups saved = FilterGroups.all();
        if (state.filterJson() != null) {
            try {
                saved = FilterGroupsJson.read(state.filterJson());
            } catch (FilterFormatException e) {
                saved = FilterGroups.all();
            }
        }
        int size = PAGE_SIZES.contains(state.pageSize()) ? state.pageSize() : LeadQuery.DEFAULT_LIMIT;
        SortOrder order = SortOrder.fromWireName(state.sortOrder()).orElse(SortOrder.DESC);
        requestedGroups = saved;
        load(new LeadQuery(saved.first(), state.sortProp(), order, 0, size, true));
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    private void load(LeadQuery query) {
        if (inFlight != null) {
            if (inFlight == prefetch) {
                endPrefetch();
            }
            inFlight.cancel();
        }
        long current = ++generation;
        requested = query;
        boolean combined = requestedGroups.isCombined();
        LeadPage cached = combined ? null : cache.get(query);
        boolean onItsWay = !combined && cached == null && prefetch != null && query.equals(prefetched);
        boolean fromServer = !combined && cached == null && !onItsWay;
        if (fromServer) {
            // sent before the new listing is announced: what listens to it (the filter panel rebuilding its
            // conditions, the card's explanation, the saved view) runs while the request is on its way
            cancelPrefetch();
            holdingAnswer = true;
            send(query, current);
        }
        announce(query);
        if (fromServer) {
            holdingAnswer = false;
            if (heldAnswer != null) { // a synchronous runner (tests) answered before the listing was announced
                Runnable answer = heldAnswer;
                heldAnswer = null;
                answer.run();
            }
            return;
        }
        if (combined) {
            loadCombined(query, current);
            return;
        }
        combinedListing.forget();
        if (cached != null) {
            cancelPrefetch();
            show(cached);
            return;
        }
        adoptedBy = current; // the page asked for is on its way already: show it when it lands
        inFlight = prefetch;
    }

    /** The listing asked for, made known to the view and its listeners: it is loading from the first moment. */
    private void announce(LeadQuery query) {
        filter.set(query.filter());
        filterGroups.set(requestedGroups);
        sortProp.set(query.sortProp());
        sortOrder.set(query.sortOrder());
        pageSize.set(query.limit());
        errorMessage.set("");
        loading.set(true);
        lastFailure.set(null);
        updateBounds();
        loadStartedNanos = System.nanoTime();
    }

    private void send(LeadQuery query, long current) {
        combinedListing.forget();
        ApiCall<LeadPage> call;
        try {
            call = client.listLeads(query);
        } catch (ValidationException notSent) {
            deliver(() -> fail(notSent));
            return;
        }
        inFlight = runner.run(
                call,
                page -> {
                    fetchedAt.put(page.query(), times.now());
                    if (current == generation) {
                        deliver(() -> show(page));
                    }
                },
                failure -> {
                    if (current == generation && !(failure instanceof CancelledException)) {
                        deliver(() -> fail(failure));
                    }
                });
    }

    /** Runs an answer's effect now, or once the listing is announced when the answer came before that. */
    private void deliver(Runnable effect) {
        if (holdingAnswer) {
            heldAnswer = effect;
        } else {
            effect.run();
        }
    }

    /**
     * Whether a page was asked for already: asking for the same listing again then changes nothing, even while the
     * first answer is still on its way (repeating it would send the user back to the first page).
     */
    private boolean hasRequested() {
        return generation > 0;
    }

    private void prefetchAfter(LeadPage page) {
        cancelPrefetch();
        LeadQuery next = page.query().nextPage();
        if (page.isLast() || cache.get(next) != null) {
            return;
        }
        ApiCall<LeadPage> call;
        try {
            call = client.listLeads(next);
        } catch (ValidationException notSent) {
            return;
        }
        long id = ++prefetchCount;
        prefetchId = id;
        prefetched = next;
        RunningTask task = runner.run(
                call,
                landed -> {
                    if (id != prefetchId) {
                        return; // cancelled: the user moved on or refreshed
                    }
                    boolean awaited = adoptedBy == generation;
                    endPrefetch();
                    fetchedAt.put(landed.query(), times.now());
                    cache.put(landed);
                    if (awaited) {
                        show(landed);
                    }
                },
                failure -> {
                    if (id != prefetchId) {
                        return;
                    }
                    boolean awaited = adoptedBy == generation;
                    endPrefetch();
                    if (awaited) {
                        load(requested); // the user waits for this page: ask again, and show any failure
                    }
                });
        if (id == prefetchId) { // a synchronous runner has delivered already
            prefetch = task;
        }
    }

    private void loadCombined(LeadQuery query, long current) {
        cancelPrefetch();
        inFlight = combinedListing.load(
                requestedGroups,
                query,
                merged -> {
                    if (current == generation) {
                        show(asPage(merged, query));
                        if (merged.leads().isEmpty() && merged.totalExact() && query.offset() > 0) {
                            lastPage(); // the bound promised more pages than there are: show the real last one
                        }
                    }
                },
                failure -> {
                    if (current == generation && !(failure instanceof CancelledException)) {
                        fail(failure);
                    }
                });
    }

    /** A merged page as the table shows pages; its total is the merge's (an upper bound unless exact). */
    private LeadPage asPage(MergedPage merged, LeadQuery query) {
        totalIsBound.set(!merged.totalExact());
        return new LeadPage(merged.total(), merged.leads(), query);
    }

    private void cancelPrefetch() {
        if (prefetch != null) {
            prefetch.cancel();
        }
        endPrefetch();
    }

    private void endPrefetch() {
        prefetch = null;
        prefetched = null;
        prefetchId = 0;
        adoptedBy = 0;
    }

    private void show(LeadPage page) {
        boolean combined = requestedGroups.isCombined();
        if (!combined) {
            totalIsBound.set(false);
        }
        // a merge never repeats a lead; a single listing's next page may repeat the one before
        Set<String> shownBefore = !combined && isNextPageOfDisplayed(page.query()) ? idsOf(displayed) : Set.of();
        List<LeadRowViewModel> fresh = new ArrayList<>(page.leads().size());
        for (LeadSummary lead : page.leads()) {
            if (!shownBefore.contains(lead.id())) {
                fresh.add(new LeadRowViewModel(lead, times));
            }
            learnedProperties.addAll(lead.props().keySet());
        }
        displayed = page;
        displayedGroups = requestedGroups;
        inFlight = null;
        duplicatesHidden.set(page.leads().size() - fresh.size());
        hovered.set(null); // the pointer is over another lead now, or over none
        replacingRows = true;
        try {
            rows.setAll(fresh);
        } finally {
            replacingRows = false;
        }
        reselect.set(null);
        reselect.set(rowOf(selection.getSelected(), fresh));
        if (knownProperties.size() != learnedProperties.size()) {
            knownProperties.setAll(learnedProperties);
        }
        total.set(page.total());
        pageIndex.set(page.query().offset() / page.query().limit());
        loading.set(false);
        lastLoadDuration.set(Duration.ofNanos(System.nanoTime() - loadStartedNanos));
        lastLoadedAt.set(times.now()); // after the duration: listeners read both
        updateBounds();
        if (combined) {
            combinedListing.prefetchAfter(page); // its pages stay in the merged source, not in the page cache
            return;
        }
        cache.put(page);
        prefetchAfter(page);
        listAsOf.set(fetchedAt.getOrDefault(page.query(), times.now()));
        listAsOfText.set(Texts.get("walk.listAsOf", FreshnessTexts.time(listAsOf.get(), times)));
        shownPage.set(null); // a page shown again from the cache is news too (a walk may wait for it)
        shownPage.set(page); // last: a walk waiting for this page may load another one at once
    }

    private static LeadRowViewModel rowOf(LeadSummary lead, List<LeadRowViewModel> candidates) {
        int index = indexOf(lead, candidates);
        return index < 0 ? null : candidates.get(index);
    }

    private static int indexOf(LeadSummary lead, List<LeadRowViewModel> candidates) {
        if (lead != null) {
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).summary().id().equals(lead.id())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The row below the one showing {@code lead} on this page, if any: what a person reading down opens next. */
    public Optional<LeadRowViewModel> rowAfter(LeadSummary lead) {
        int index = indexOf(lead, rows);
        return index >= 0 && index + 1 < rows.size() ? Optional.of(rows.get(index + 1)) : Optional.empty();
    }

    private void fail(Throwable failure) {
        inFlight = null;
        loading.set(false);
        lastFailure.set(failure);
        errorMessage.set(UserMessages.describe(failure));
        updateBounds();
    }

    /** True when {@code query} asks for the page right after the one shown, in the same listing. */
    private boolean isNextPageOfDisplayed(LeadQuery query) {
        if (displayed == null) {
            return false;
        }
        LeadQuery shown = displayed.query();
        return shown.filter().equals(query.filter())
                && shown.sortProp().equals(query.sortProp())
                && shown.sortOrder() == query.sortOrder()
                && shown.limit() == query.limit()
                && shown.offset() + shown.limit() == query.offset();
    }

    private static Set<String> idsOf(LeadPage page) {
        Set<String> ids = new HashSet<>();
        page.leads().forEach(lead -> ids.add(lead.id()));
        return ids;
    }

    private int requestedPage() {
        return requested.offset() / requested.limit();
    }

    /** The last page index within both the total and the API's window. */
    private int lastPageIndex() {
        long reachable = Math.min(total.get(), LeadQuery.MAX_WINDOW);
        int size = requested.limit();
        return (int) Math.max(0, (reachable + size - 1) / size - 1);
    }

    private void updateBounds() {
        int page = requestedPage();
        boolean listEnded = displayed != null
                && displayed.query().equals(requested)
                && displayedGroups.equals(requestedGroups)
                && displayed.isLast();
        canGoBack.set(page > 0);
        canGoForward.set(displayed != null && page < lastPageIndex() && !listEnded);
        pageCount.set(lastPageIndex() + 1);
        rangeText.set(totalIsBound.get() ? boundRangeTextOf(displayed) : rangeTextOf(displayed));
        capMessage.set(
                totalIsBound.get() && total.get() > LeadQuery.MAX_WINDOW
                        ? Texts.get("groups.cap", LeadQuery.MAX_WINDOW, total.get()) + " " + capReason()
                        : total.get() > LeadQuery.MAX_WINDOW
                                ? Texts.get(
                                        "leads.cap",
                                        Texts.number(LeadQuery.MAX_WINDOW),
                                        Texts.number(total.get()),
                                        capReason())
                                : "");
    }

    private static String rangeTextOf(LeadPage page) {
        if (page == null) {
            return "";
        }
        if (page.leads().isEmpty()) {
            return page.total() == 0
                    ? Texts.get("leads.range.none")
                    : Texts.get("leads.range.emptyPage", Texts.number(page.total()));
        }
        int from = page.query().offset() + 1;
        int to = page.query().offset() + page.leads().size();
        return Texts.get("leads.range", Texts.number(from), Texts.number(to), Texts.number(page.total()));
    }

    /** Why no page past the window is offered, and what to do instead. */
    public static String capReason() {
        return Texts.get("leads.capReason", Texts.number(LeadQuery.MAX_WINDOW));
    }

    /** "1–20 of about 1,204": the total of a combined listing is an upper bound. */
    private static String boundRangeTextOf(LeadPage page) {
        if (page == null) {
            return "";
        }
        if (page.leads().isEmpty()) {
            return Texts.get("groups.range.empty", page.total());
        }
        int from = page.query().offset() + 1;
        return Texts.get(
                "groups.range", from, page.query().offset() + page.leads().size(), page.total());
    }

    private static SortOrder defaultOrderFor(String property) {
        LeadColumn.Kind kind = LeadColumns.forKey(property).kind();
        return kind == LeadColumn.Kind.DATE || kind == LeadColumn.Kind.NUMBER ? SortOrder.DESC : SortOrder.ASC;
    }

    // ---- walking the list (LeadWalkViewModel) ------------------------------------------------------------------

    /** Opens {@code lead}'s card and marks its row when it is on the page shown: the table follows a walk. */
    void walkTo(LeadSummary lead) {
        LeadRowViewModel row = rowOf(lead, rows);
        selection.select(row == null ? lead : row.summary());
        walkedTo.set(null);
        walkedTo.set(row);
    }

    /** The page shown, set after its rows and bounds; null before the first page lands. */
    public ReadOnlyObjectProperty<LeadPage> shownPageProperty() {
        return shownPage.getReadOnlyProperty();
    }

    /** The row a walk (next/previous lead) moved the card to, for the table to select and scroll into view. */
    public ReadOnlyObjectProperty<LeadRowViewModel> walkedToProperty() {
        return walkedTo.getReadOnlyProperty();
    }

    /** When the page shown was fetched from the server (earlier than shown when it came from the cache). */
    public ReadOnlyObjectProperty<Instant> listAsOfProperty() {
        return listAsOf.getReadOnlyProperty();
    }

    /** E.g. "List as of 14:32"; empty before the first page. */
    public ReadOnlyStringProperty listAsOfTextProperty() {
        return listAsOfText.getReadOnlyProperty();
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The leads of the page shown (ids shown on the page before are left out). */
    public ObservableList<LeadRowViewModel> getRows() {
        return rowsView;
    }

    /** The columns in order, hidden ones included. */
    public ObservableList<LeadColumn> getColumns() {
        return columnsView;
    }

    /** Every property name seen so far (system ones and those in loaded rows), for the column chooser. */
    public ObservableList<String> getKnownProperties() {
        return knownPropertiesView;
    }

    /** After a load: the row of the lead the card shows, when that lead is on the new page, for the table to mark. */
    public ReadOnlyObjectProperty<LeadRowViewModel> reselectProperty() {
        return reselect.getReadOnlyProperty();
    }

    /**
     * The filter listed, as one flat group. For a combined listing (several groups) this is the first group only:
     * read {@link #filterGroupsProperty()} for the whole expression.
     */
    /** The row under the mouse pointer ({@link #hover}); null over no row and after each page change. */
    public ReadOnlyObjectProperty<LeadRowViewModel> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The whole filter listed: one group, or several whose leads are merged on this computer. */
    public ReadOnlyObjectProperty<FilterGroups> filterGroupsProperty() {
        return filterGroups.getReadOnlyProperty();
    }

    public FilterGroups getFilterGroups() {
        return filterGroups.get();
    }

    /** True while the total shown is an upper bound ("about N"): a combined listing not read to its end. */
    public ReadOnlyBooleanProperty totalIsBoundProperty() {
        return totalIsBound.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sortPropProperty() {
        return sortProp.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageSizeProperty() {
        return pageSize.getReadOnlyProperty();
    }

    /** The 0-based index of the page shown. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** How many pages can be reached (within the 10,000-lead window). */
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

    /** Why the last pages are not offered, when the total passes the window; empty otherwise. */
    public ReadOnlyStringProperty capMessageProperty() {
        return capMessage.getReadOnlyProperty();
    }

    /** The last load's failure as a sentence for the user; empty when the last load worked. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The last load's failure (e.g. a rate limit with its Retry-After); null while loading or when it worked. */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** How many leads of this page were left out because the page before showed them already. */
    public ReadOnlyIntegerProperty duplicatesHiddenProperty() {
        return duplicatesHidden.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether first/previous are offered. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** Whether next/last are offered (never past the list's end or the 10,000-lead window). */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastLoadedAtProperty() {
        return lastLoadedAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Duration> lastLoadDurationProperty() {
        return lastLoadDuration.getReadOnlyProperty();
    }

    public long getTotal() {
        return total.get();
    }

    public String getErrorMessage() {
        return errorMessage.get();
    }

    public boolean isLoading() {
        return loading.get();
    }

    public int getPageIndex() {
        return pageIndex.get();
    }
}
