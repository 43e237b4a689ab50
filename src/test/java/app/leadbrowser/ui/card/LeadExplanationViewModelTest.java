package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.card.LeadExplanationViewModel.Row;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.leads.LeadWalkViewModel;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Why is this lead (not) here?" for the open card, against a real sandbox of 30 leads. */
class LeadExplanationViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(30);
    /** The lead seen last: first in the default order. */
    static LeadSummary newest;

    final LeadSelection selection = new LeadSelection();
    final SyncTaskRunner runner = sync;
    final TimeTexts times = TimeTexts.system();
    final LeadTableViewModel table =
            new LeadTableViewModel(sandbox.client(), runner, times, selection, new RecordingClipboard());
    final LeadCardViewModel card = new LeadCardViewModel(
            sandbox.client(),
            runner,
            times,
            new RecordingClipboard(),
            url -> {},
            selection,
            LeadCardTabs.of(sandbox.client(), runner, times));
    final LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);

    @BeforeAll
    static void findTheNewestLead() {
        newest = sandbox.server().workspace().leads().stream()
                .max(Comparator.comparing((LeadSummary lead) ->
                        PropValues.instant(lead.prop("$last_seen")).orElse(Instant.MIN)))
                .orElseThrow();
    }

    /** The panel as of {@code later} from now: the list was loaded now, the card is read then. */
    LeadExplanationViewModel explanation(Duration later) {
        return new LeadExplanationViewModel(
                table.listing(), card, walk, new TimeTexts(Clock.offset(Clock.systemDefaultZone(), later)));
    }

    @Test
    void aLeadOfTheListMatchesEveryCondition() {
        LeadSummary lead = sandbox.server().workspace().leads().stream()
                .filter(l -> PropValues.isKnown(l.prop("$email")))
                .filter(l -> PropValues.number(l.prop("$sessions")).isPresent())
                .findFirst()
                .orElseThrow();
        String email = PropValues.text(lead.prop("$email"));
        BigDecimal sessions = PropValues.number(lead.prop("$sessions")).orElseThrow();
        LeadExplanationViewModel why = explanation(Duration.ZERO);
        table.setFilter(Filter.and(
                Conditions.text("$email", Operator.STR_EQ, email.toUpperCase(Locale.ROOT)),
                new Condition.Number("$sessions", Operator.GT, sessions.subtract(BigDecimal.ONE))));
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();

        assertEquals(lead.id(), card.leadProperty().get().id());
        assertEquals(
                List.of(
                        new Row(
                                true,
                                "Email: “" + email + "” — needs “" + email.toUpperCase(Locale.ROOT) + "” (any case)"),
                        new Row(
                                true,
                                "Sessions: " + english(sessions) + " — needs more than "
                                        + english(sessions.subtract(BigDecimal.ONE)))),
                why.getRows());
        assertEquals("Matches: every condition holds, and the filter needs all of them (AND).", why.getVerdict());
        assertEquals("", why.getLagNote());
    }

    @Test
    void severalOrGroupsAreExplainedGroupByGroupAndMatchWhenOneLetsTheLeadIn() {
        LeadExplanationViewModel why = explanation(Duration.ZERO);
        table.refresh();
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();
        LeadSummary reading = selection.getSelected();
        String id = reading.id();
        Filter neverMatches = Filter.and(Conditions.text("$email", Operator.STR_EQ, "nobody@example.com"));
        Filter thisLead = Filter.and(Conditions.known("$last_seen"));

        table.setFilterGroups(new FilterGroups(List.of(neverMatches, thisLead)));
        sync.deliverAll();

        assertEquals(id, card.leadProperty().get().id());
        List<Row> rows = why.getRows();
        assertEquals(4, rows.size(), rows::toString);
        assertEquals(new Row(false, rows.get(0).text()), rows.get(0));
        assertTrue(
                rows.get(0).text().startsWith("OR group 1: Does not match"),
                rows.get(0).text());
        assertTrue(rows.get(2).holds());
        assertTrue(
                rows.get(2).text().startsWith("OR group 2: Matches"),
                rows.get(2).text());
        assertEquals("Matches: at least one of the OR groups lets the lead in.", why.getVerdict());

        table.setFilterGroups(new FilterGroups(List.of(neverMatches, neverMatches)));
        sync.deliverAll();
        assertEquals("Does not match: no OR group lets the lead in.", why.getVerdict());
    }

    @Test
    void aLeadOpenedThatIsNotInTheListGetsTheSameExplanation() {
        LeadExplanationViewModel why = explanation(Duration.ZERO);
        assertEquals("Open a lead to see how it fares against the filter.", why.getVerdict());
        table.refresh();
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();
        LeadSummary reading = selection.getSelected();

        table.setFilter(Filter.or(
                Conditions.text("$email", Operator.STR_EQ, "nobody@example.com"), Conditions.unknown("$sessions")));
        sync.deliverAll();

        assertEquals(reading.id(), card.leadProperty().get().id(), "the card keeps its lead");
        assertTrue(table.getRows().stream().noneMatch(row -> row.id().equals(reading.id())));
        assertEquals(2, why.getRows().size());
        assertTrue(why.getRows().stream().noneMatch(Row::holds));
        assertTrue(
                why.getRows().get(1).text().endsWith(" — needs no value"),
                why.getRows().get(1).text());
        assertEquals("Does not match: the filter needs any one condition (OR), and none holds.", why.getVerdict());
        assertEquals("", why.getLagNote(), "not in the list, and rightly so");
        assertFalse(why.explanationProperty().get().matches());
    }

    @Test
    void aLeadOfTheListBeforeTheFilterChangedIsNotTakenForListedAfterwards() {
        LeadExplanationViewModel why = explanation(Duration.ZERO);
        table.refresh();
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();
        assertEquals(newest.id(), card.leadProperty().get().id());
        long minutes =
                Duration.between(PropValues.instant(newest.prop("$last_seen")).orElseThrow(), Instant.now())
                                .toMinutes()
                        + 1;

        table.setFilter(
                Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, minutes, DateUnit.MINUTES)));
        sync.deliverAll();

        assertTrue(table.getTotal() > 20, "the new list has more pages than the one shown");
        assertFalse(why.getRows().get(0).holds());
        assertEquals("", why.getLagNote(), "the lead was in the list of the filter before, not of this one");
    }

    @Test
    void aLeadInTheListWhoseCardNoLongerMatchesSaysTheListMayBeBehind() {
        long days = ageInDays(newest) + 1;
        table.setPageSize(50);
        sync.deliverAll();
        table.setFilter(Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, days, DateUnit.DAYS)));
        sync.deliverAll();
        assertTrue(table.getRows().stream().anyMatch(row -> row.id().equals(newest.id())));
        LeadExplanationViewModel why = explanation(Duration.ofDays(2)); // the card is read when it no longer matches

        card.showLead(newest.id());
        sync.deliverAll();

        assertFalse(why.getRows().get(0).holds());
        assertTrue(
                why.getLagNote()
                        .startsWith("This lead is in the list, but its card no longer matches the filter. The list may"
                                + " be a few minutes behind the card (list as of "),
                why.getLagNote());
    }

    @Test
    void aMatchingLeadTheListLacksSaysTheListMayBeBehind() {
        long days = ageInDays(newest) + 1;
        table.setPageSize(50); // the whole list on one page: the lead is surely not in it
        sync.deliverAll();
        table.setFilter(Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, days, DateUnit.DAYS)));
        sync.deliverAll();
        assertTrue(table.getRows().stream().noneMatch(row -> row.id().equals(newest.id())));
        LeadExplanationViewModel why = explanation(Duration.ofDays(2));

        card.showLead(newest.id());
        sync.deliverAll();

        assertTrue(why.getRows().get(0).holds());
        assertTrue(
                why.getLagNote()
                        .startsWith("This lead matches the filter, but the list does not include it. The list may be"
                                + " a few minutes behind the card"),
                why.getLagNote());

        why.refreshList();
        sync.deliverAll();
        card.show(null);
        sync.deliverAll();
        assertNull(why.explanationProperty().get());
        assertEquals(List.of(), why.getRows());
        assertEquals("", why.getLagNote());
    }

    private static String english(BigDecimal number) {
        return NumberFormat.getNumberInstance(Locale.ENGLISH).format(number);
    }

    private static long ageInDays(LeadSummary lead) {
        Instant lastSeen = PropValues.instant(lead.prop("$last_seen")).orElseThrow();
        return Duration.between(lastSeen, Instant.now()).toDays();
    }
}
