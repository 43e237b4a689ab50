package app.leadbrowser.ui.common;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A tab of the lead card that lists one lead's items page by page along the API's cursor (its events, its
 * conversations), newest first: nothing is asked until the tab is shown, then the first page once per lead, the
 * next ones as the list is scrolled to its end ({@link #loadMore}). Answers for a lead no longer shown are
 * dropped; an item already listed is not listed twice. A failed page keeps the rows and offers {@link #retry}.
 */
public final class CursorTabViewModel<R> {
    /** Asks for a lead's page after {@code cursor} (null: the first); throws when the request cannot be sent. */
    @FunctionalInterface
    public interface PageCall<R> {
        ApiCall<CursorPage<R>> call(String leadId, String cursor) throws ApiException;
    }

    /**
     * The tab's words, as bundle keys: while the first page loads (null: none), when the lead has no items, when
     * the first page failed (null: none), and the error line around the failure's reason (null: the reason alone).
     */
    public record Words(String loading, String empty, String failedFirstPage, String failure) {}

    private final PageCall<R> pages;
    private final Function<R, String> idOf;
    private final Words words;
    private final LatestRequest request;

    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObservableList<R> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    private final Set<String> listed = new HashSet<>();
    private String leadId;
    private boolean active;
    private boolean started;
    private String cursor;

    /** @param idOf an item's id, to list it once; items without one are left out */
    public CursorTabViewModel(TaskRunner runner, PageCall<R> pages, Function<R, String> idOf, Words words) {
        this.pages = pages;
        this.idOf = idOf;
        this.words = words;
        this.request = new LatestRequest(runner);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Follows the lead the card shows (null: none); loads its first page now if the tab is shown, else later. */
    public void showLead(String id) {
        if (Objects.equals(id, leadId)) {
            return;
        }
        request.cancel();
        loading.set(false);
        leadId = id;
        started = false;
        cursor = null;
        listed.clear();
        rows.clear();
        hasMore.set(false);
        errorMessage.set("");
        placeholder.set("");
        loadFirstIfWanted();
    }

    /** The tab was shown (true) or another tab chosen; the first page loads when the tab is first shown. */
    public void setActive(boolean value) {
        active = value;
        loadFirstIfWanted();
    }

    /** Loads the next (older) page, unless one is loading, none is left, or the last load failed (see Retry). */
    public void loadMore() {
        if (started && !loading.get() && hasMore.get() && errorMessage.get().isEmpty()) {
            load();
        }
    }

    /** Asks again for the page that failed. */
    public void retry() {
        if (leadId != null && !loading.get() && !errorMessage.get().isEmpty()) {
            load();
        }
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private void loadFirstIfWanted() {
        if (active && leadId != null && !started) {
            started = true;
            load();
        }
    }

    private void load() {
        loading.set(true);
        errorMessage.set("");
        placeholder.set(rows.isEmpty() && words.loading() != null ? Texts.get(words.loading()) : "");
        String lead = leadId;
        String after = cursor;
        ApiCall<CursorPage<R>> call;
        try {
            call = pages.call(lead, after);
        } catch (ApiException notSent) {
            request.run(
                    () -> {
                        throw notSent;
                    },
                    this::add,
                    this::failed);
            return;
        }
        request.run(call, this::add, this::failed);
    }

    private void add(CursorPage<R> page) {
        loading.set(false);
        List<R> fresh = page.items().stream()
                .filter(row -> idOf.apply(row) != null && listed.add(idOf.apply(row)))
                .collect(Collectors.toList());
        rows.addAll(fresh);
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
        placeholder.set(rows.isEmpty() ? Texts.get(words.empty()) : "");
    }

    private void failed(Throwable failure) {
        loading.set(false);
        String reason = UserMessages.describe(failure);
        errorMessage.set(words.failure() == null ? reason : Texts.get(words.failure(), reason));
        placeholder.set(rows.isEmpty() && words.failedFirstPage() != null ? Texts.get(words.failedFirstPage()) : "");
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The items loaded so far, newest first. */
    public ObservableList<R> getRows() {
        return rowsView;
    }

    /** Whether a page is on its way. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Whether older items are left to load. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Why the last page could not be loaded; empty when it worked. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** What the empty list says: loading, no items, or that the first page failed; empty otherwise. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
