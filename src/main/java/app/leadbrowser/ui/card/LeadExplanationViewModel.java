package app.leadbrowser.ui.card;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.filter.ConditionCheck;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.FilterExplanation;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.ui.common.FreshnessTexts;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadWalkViewModel;
import app.leadbrowser.ui.leads.LeadWalkViewModel.Membership;
import app.leadbrowser.ui.leads.ListingState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Why is this lead (not) in the list?": the open card's lead checked against the table's filter, condition by
 * condition, by the same {@link FilterEvaluator} the sandbox filters with. When the verdict and the list disagree
 * (the card matches but the list lacks the lead, or the other way round) it says the list may be a few minutes
 * behind the card, as Dashly's list lags the card.
 */
public final class LeadExplanationViewModel {

    /** One condition as the panel lists it: whether it holds for the lead, and the sentence saying why. */
    public record Row(boolean holds, String text) {}

    private final ListingState listing;
    private final LeadCardViewModel card;
    private final LeadWalkViewModel walk;
    private final TimeTexts times;
    private final ExplanationTexts texts;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<FilterExplanation> explanation =
            new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper lagNote = new ReadOnlyStringWrapper(this, "lagNote", "");

    public LeadExplanationViewModel(
            ListingState listing, LeadCardViewModel card, LeadWalkViewModel walk, TimeTexts times) {
        this.listing = listing;
        this.card = card;
        this.walk = walk;
        this.times = times;
        this.texts = new ExplanationTexts(times);
        listing.filterGroupsProperty().addListener((obs, old, value) -> update());
        listing.shownPageProperty().addListener((obs, old, value) -> update());
        card.leadProperty().addListener((obs, old, value) -> update());
        update();
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Loads the list again, e.g. when the note says it may be behind the card. */
    public void refreshList() {
        listing.refresh();
    }

    /** Checks the lead again now (relative dates move with the clock). */
    public void update() {
        Lead lead = card.leadProperty().get();
        if (lead == null) {
            explanation.set(null);
            rows.clear();
            verdict.set(Texts.get("explain.noLead"));
            lagNote.set("");
            return;
        }
        FilterGroups groups = listing.getFilterGroups();
        Instant now = times.now();
        Map<String, String> eventNames = LeadCardDisplay.eventNamesOf(lead);
        List<Row> explainedRows = new ArrayList<>();
        boolean matches = false;
        FilterExplanation first = null;
        for (int i = 0; i < groups.groups().size(); i++) {
            FilterExplanation explained =
                    FilterEvaluator.explain(groups.groups().get(i), lead.allProps(), now);
            first = first == null ? explained : first;
            matches |= explained.matches();
            if (groups.isCombined()) {
                explainedRows.add(
                        new Row(explained.matches(), Texts.get("explain.group", i + 1, texts.verdict(explained))));
            }
            explained.checks().stream()
                    .map(check -> new Row(check.holds(), texts.condition(check, labelOf(check, eventNames), now)))
                    .forEach(explainedRows::add);
        }
        rows.setAll(explainedRows);
        explanation.set(first);
        verdict.set(
                groups.isCombined()
                        ? Texts.get(matches ? "explain.groups.matches" : "explain.groups.fails")
                        : texts.verdict(first));
        lagNote.set(lagNoteOf(matches, membershipOf(lead, groups.first())));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static String labelOf(ConditionCheck check, Map<String, String> eventNames) {
        return LeadCardDisplay.eventLabel(check.condition().property(), eventNames);
    }

    /** Whether the list has the lead; unknown while the list shown is of another filter (a new one is loading). */
    private Membership membershipOf(Lead lead, Filter filter) {
        LeadPage page = listing.shownPageProperty().get();
        if (page == null || !page.query().filter().equals(filter)) {
            return Membership.UNKNOWN;
        }
        return walk.membership(lead.id());
    }

    private String lagNoteOf(boolean matches, Membership membership) {
        String key;
        if (matches && membership == Membership.NOT_LISTED) {
            key = "explain.lag.matchesButNotListed";
        } else if (!matches && membership == Membership.LISTED) {
            key = "explain.lag.listedButFails";
        } else {
            return "";
        }
        return Texts.get(
                key,
                timeOf(listing.listAsOfProperty().get()),
                timeOf(card.cardAsOfProperty().get()));
    }

    private String timeOf(Instant when) {
        return FreshnessTexts.time(when == null ? times.now() : when, times);
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** Each condition of the filter, in its order, with whether it holds for the lead. */
    public ObservableList<Row> getRows() {
        return rowsView;
    }

    /** The explanation of the (first) group the rows were made from; null when no card is open. */
    public ReadOnlyObjectProperty<FilterExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Whether the lead matches as a whole and why, e.g. "Matches: every condition holds…". */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Set when the verdict and the list disagree: the list may be a few minutes behind. Empty otherwise. */
    public ReadOnlyStringProperty lagNoteProperty() {
        return lagNote.getReadOnlyProperty();
    }

    public String getVerdict() {
        return verdict.get();
    }

    public String getLagNote() {
        return lagNote.get();
    }
}
