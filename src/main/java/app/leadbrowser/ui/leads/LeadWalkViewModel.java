package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.Texts;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Walks the list one lead at a time from the open card: the next or previous lead of the table's filter and sort.
 * Pages are crossed through the table (its cache and prefetch serve the walk, and its page and selection follow the
 * card), past the API's 10,000-lead window as the table's pages are. Each lead is visited once even when offset
 * paging repeats it on the next page; the walk stops with a message at either end of the list.
 *
 * <p>It remembers where each lead of the current listing (filter, sort, page size) was first seen, which gives the
 * card's position ("lead 57 of 1,204") and tells whether a lead is in the list as far as the pages shown tell.
 */
public final class LeadWalkViewModel {

    /** Whether a lead is in the list, as far as the pages shown so far tell. */
    public enum Membership {
        /** Seen on a page of the current listing. */
        LISTED,
        /** The whole list is on the page shown, and the lead is not on it. */
        NOT_LISTED,
        /** Not seen, but the list has pages not shown. */
        UNKNOWN
    }

    /**
     * A listing the positions belong to: its filter groups (several, for a quick search beside conditions, whose
     * pages carry the first group only) and its sort and page size (the query at offset 0).
     */
    private record Listed(FilterGroups groups, LeadQuery query) {
        static Listed of(FilterGroups groups, LeadPage page) {
            return new Listed(groups, page.query().withOffset(0));
        }
    }

    /** A step waiting for the page of {@code listing} that holds {@code position}; {@code direction} is ±1. */
    private record Step(Listed listing, int position, int direction) {}

    private final ListingState state;
    private final LeadSelection selection;

    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The listing the positions belong to; null before the first page. */
    private Listed listing;
    /** Each lead of the listing at the 0-based position where it was first seen. */
    private final Map<String, Integer> positions = new HashMap<>();

    private Step pending;

    public LeadWalkViewModel(ListingState state, LeadSelection selection) {
        this.state = state;
        this.selection = selection;
        state.shownPageProperty().addListener((obs, old, page) -> pageShown(page));
        state.errorMessageProperty().addListener((obs, old, error) -> loadFailed(error));
        selection.selectedProperty().addListener((obs, old, lead) -> {
            message.set("");
            updatePosition();
        });
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * Opens the lead after the card's one (the first of the page shown when the card's lead was not seen in this
     * list), loading the next page when needed; at the end of the list it stays and says why.
     */
    public void next() {
        step(1);
    }

    /** Opens the lead before the card's one (the last of the page shown when it was not seen in this list). */
    public void previous() {
        step(-1);
    }

    /** Whether {@code leadId} is in the list of the table's filter, as far as the pages shown so far tell. */
    public Membership membership(String leadId) {
        LeadPage page = state.shownPageProperty().get();
        if (page == null) {
            return Membership.UNKNOWN;
        }
        boolean onPage = page.leads().stream().anyMatch(lead -> lead.id().equals(leadId));
        if (page.query().offset() == 0 && page.isLast()) {
            return onPage ? Membership.LISTED : Membership.NOT_LISTED;
        }
        boolean seen = Listed.of(state.getFilterGroups(), page).equals(listing) && positions.containsKey(leadId);
        return onPage || seen ? Membership.LISTED : Membership.UNKNOWN; // a listener of the page may ask first
    }

    // ---- walking -------------------------------------------------------------------------------------------

    private void step(int direction) {
        LeadPage page = state.shownPageProperty().get();
        if (page == null || pending != null) {
            return; // nothing listed yet, or a step is waiting for its page: one step at a time
        }
        LeadSummary current = selection.getSelected();
        Integer at = current == null ? null : positions.get(current.id());
        int offset = page.query().offset();
        if (at != null) {
            seek(at + direction, direction);
        } else {
            seek(direction > 0 ? offset : offset + page.leads().size() - 1, direction);
        }
    }

    /** Opens the first lead from {@code position} on in {@code direction} that was not seen on another page. */
    private void seek(int position, int direction) {
        LeadPage page = state.shownPageProperty().get();
        int offset = page.query().offset();
        int limit = page.query().limit();
        for (int at = position; ; at += direction) {
            if (at < 0) {
                message.set(Texts.get("walk.firstLead"));
                return;
            }
            if (at >= page.total()) {
                message.set(Texts.get("walk.lastLead"));
                return;
            }
            if (at >= state.reachableProperty().get()) {
                message.set(Texts.get("walk.outOfReach"));
                return;
            }
            if (at < offset || at >= offset + limit) {
                Step step = new Step(listing, at, direction);
                pending = step;
                message.set(Texts.get(direction > 0 ? "walk.loadingNext" : "walk.loadingPrevious"));
                state.goToPage(at / limit);
                if (pending == step && !state.isLoading()) {
                    state.refresh(); // the table had asked for that page already, and it failed: ask again
                }
                return;
            }
            if (at - offset >= page.leads().size()) {
                message.set(Texts.get("walk.lastLead")); // a short page ends the list, whatever the total said
                return;
            }
            LeadSummary lead = page.leads().get(at - offset);
            if (!isRepeat(lead, at, limit)) {
                state.walkTo(lead);
                return;
            }
        }
    }

    /** A lead first seen on another page: offset paging shows it again when leads were added or moved meanwhile. */
    private boolean isRepeat(LeadSummary lead, int at, int limit) {
        Integer first = positions.get(lead.id());
        return first != null && first / limit != at / limit;
    }

    private void pageShown(LeadPage page) {
        if (page == null) {
            return;
        }
        LeadQuery query = page.query();
        Listed shown = Listed.of(state.getFilterGroups(), page);
        if (!shown.equals(listing)) {
            listing = shown;
            positions.clear();
        }
        for (int i = 0; i < page.leads().size(); i++) {
            positions.putIfAbsent(page.leads().get(i).id(), query.offset() + i);
        }
        Step step = pending;
        pending = null;
        if (step != null
                && step.listing().equals(listing)
                && step.position() / query.limit() == query.offset() / query.limit()) {
            message.set("");
            seek(step.position(), step.direction());
        } else if (step != null
                && step.listing().equals(listing)
                && step.position() >= state.reachableProperty().get()) {
            message.set(Texts.get("walk.outOfReach")); // the page it waited for turned out to be out of reach
        } else if (step != null) {
            message.set(""); // the user went elsewhere meanwhile: the step is dropped
        }
        updatePosition();
    }

    private void loadFailed(String error) {
        if (pending != null && !error.isEmpty()) {
            pending = null;
            message.set(Texts.get("walk.failed", error));
        }
    }

    private void updatePosition() {
        LeadSummary current = selection.getSelected();
        LeadPage page = state.shownPageProperty().get();
        Integer at = current == null || page == null ? null : positions.get(current.id());
        positionText.set(at == null ? "" : Texts.get("walk.position", at + 1, page.total()));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** E.g. "Lead 57 of 1,204"; empty when the card's lead was not seen in the list. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** Why the last step did not move (an end of the list, a failed page), or that it is loading. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public String getPositionText() {
        return positionText.get();
    }
}
