package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.settings.ViewState;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The listing the table shows, shared with what follows it (the walk, the explanation, saved views, auto-refresh)
 * so that none of them holds the table: the query asked for (filter groups, sort, page size), the page shown and
 * how old it is, whether a load is running and how the last one ended, and the few commands they may give. The
 * table writes it; everyone else reads it.
 */
public final class ListingState {
    /** What a follower of the listing may ask the table for. */
    interface Commands {
        void refresh();

        void goToPage(int index);

        void walkTo(LeadSummary lead);

        ViewState currentViewState();

        void applyViewState(ViewState state);
    }

    private Commands commands;

    final ReadOnlyObjectWrapper<FilterGroups> filterGroups =
            new ReadOnlyObjectWrapper<>(this, "filterGroups", FilterGroups.all());
    final ReadOnlyStringWrapper sortProp = new ReadOnlyStringWrapper(this, "sortProp", LeadQuery.DEFAULT_SORT_PROP);
    final ReadOnlyObjectWrapper<SortOrder> sortOrder = new ReadOnlyObjectWrapper<>(this, "sortOrder", SortOrder.DESC);
    final ReadOnlyIntegerWrapper pageSize = new ReadOnlyIntegerWrapper(this, "pageSize", LeadQuery.DEFAULT_LIMIT);
    final ReadOnlyObjectWrapper<LeadPage> shownPage = new ReadOnlyObjectWrapper<>(this, "shownPage");
    final ReadOnlyObjectWrapper<Instant> listAsOf = new ReadOnlyObjectWrapper<>(this, "listAsOf");
    final ReadOnlyStringWrapper listAsOfText = new ReadOnlyStringWrapper(this, "listAsOfText", "");
    final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    final ReadOnlyObjectWrapper<Instant> lastLoadedAt = new ReadOnlyObjectWrapper<>(this, "lastLoadedAt");
    final ReadOnlyObjectWrapper<Duration> lastLoadDuration = new ReadOnlyObjectWrapper<>(this, "lastLoadDuration");
    final ReadOnlyLongWrapper reachable = new ReadOnlyLongWrapper(this, "reachable", Long.MAX_VALUE);

    /** An empty listing, shown by the table it is then given to. */
    public ListingState() {}

    /** The table that shows this listing takes its commands; there is one such table. */
    void shownBy(Commands table) {
        if (commands != null) {
            throw new IllegalStateException("a listing is shown by one table");
        }
        commands = table;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Loads the page asked for last again from the server; the rows shown stay until it answers. */
    public void refresh() {
        commands.refresh();
    }

    /** Loads page {@code index} (0-based) of the listing, if it is within bounds. */
    public void goToPage(int index) {
        commands.goToPage(index);
    }

    /** Opens {@code lead}'s card and marks its row when it is on the page shown: the table follows a walk. */
    public void walkTo(LeadSummary lead) {
        commands.walkTo(lead);
    }

    /** The filter, sort, page size and columns, as the settings keep them. */
    public ViewState currentViewState() {
        return commands.currentViewState();
    }

    /** Restores a kept view and loads its first page. Anything unreadable falls back to the default. */
    public void applyViewState(ViewState state) {
        commands.applyViewState(state);
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The whole filter listed: one group, or several whose leads are merged on this computer. */
    public ReadOnlyObjectProperty<FilterGroups> filterGroupsProperty() {
        return filterGroups.getReadOnlyProperty();
    }

    public FilterGroups getFilterGroups() {
        return filterGroups.get();
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

    /** The page shown, set after its rows and bounds; null before the first page lands. */
    public ReadOnlyObjectProperty<LeadPage> shownPageProperty() {
        return shownPage.getReadOnlyProperty();
    }

    /** When the page shown was fetched from the server (earlier than shown when it came from the cache). */
    public ReadOnlyObjectProperty<Instant> listAsOfProperty() {
        return listAsOf.getReadOnlyProperty();
    }

    /** E.g. "List as of 14:32"; empty before the first page. */
    public ReadOnlyStringProperty listAsOfTextProperty() {
        return listAsOfText.getReadOnlyProperty();
    }

    /** True from the moment a page is asked for until it is shown or has failed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** The last load's failure as a sentence for the user; empty when the last load worked. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The last load's failure (e.g. a rate limit with its Retry-After); null while loading or when it worked. */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** When the last page was shown. */
    public ReadOnlyObjectProperty<Instant> lastLoadedAtProperty() {
        return lastLoadedAt.getReadOnlyProperty();
    }

    /**
     * How many leads of the listing can be listed, as far as the pages shown tell: its total, less the leads found out
     * of reach (a text sort past the 10,000th lead, say).
     */
    public ReadOnlyLongProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }

    /** How long the last page took from being asked for to being shown. */
    public ReadOnlyObjectProperty<Duration> lastLoadDurationProperty() {
        return lastLoadDuration.getReadOnlyProperty();
    }
}
