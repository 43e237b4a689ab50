package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.Note;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The lead card in the real window, checked tab by tab against the sandbox's own data for the lead. */
@WindowOnSandboxTest.Leads(500)
class LeadCardViewTest extends WindowOnSandboxTest {
    /** Shows only {@code lead} in the table (by its email) and clicks it. */
    private LeadCardPage openCardOf(FxRobot robot, Lead lead) {
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        String email = PropValues.text(lead.props().get("$email"));
        WaitForAsyncUtils.asyncFx(() -> context.mainWindowViewModel()
                .getSession()
                .leadTable()
                .setFilter(Filter.and(Conditions.text("$email", Operator.STR_EQ, email))));
        FxWait.waitFor(() -> table.rangeText().endsWith(" of 1") && table.ids().contains(lead.id()));
        table.clickRow(table.ids().indexOf(lead.id()));
        return new LeadCardPage(robot).waitForLead(lead.id());
    }

    @Test
    void everyTabShowsTheSandboxDataOfTheLead(FxRobot robot) {
        Lead lead = sandbox.workspace().leads().stream()
                .map(summary -> sandbox.workspace().lead(summary.id()).orElseThrow())
                .filter(l -> PropValues.isKnown(l.props().get("$email")))
                .filter(l -> !PropValues.isKnown(l.props().get("$phone")))
                .filter(l -> !l.notes().isEmpty()
                        && !l.events().isEmpty()
                        && !l.segments().isEmpty())
                .findFirst()
                .orElseThrow();
        LeadCardPage card = openCardOf(robot, lead);

        assertEquals(PropValues.text(lead.props().get("$email")), card.email());
        assertEquals(lead.id(), card.text("#cardId"));
        assertEquals("not given", card.text("#cardPhone"), "a missing phone says so rather than leaving a blank");
        assertFalse(robot.lookup("#copyPhoneButton").query().isVisible(), "nothing to copy, no button");
        assertEquals(lead.isRemoved(), card.removedBadgeShown());

        card.openTab("Properties");
        assertEquals(
                lead.allProps().keySet().stream().sorted().collect(Collectors.toList()),
                card.propertyNames().stream().sorted().collect(Collectors.toList()));
        card.searchProperties("email");
        assertTrue(card.propertyNames().contains("$email"));
        assertTrue(card.propertyNames().size() < lead.allProps().size());

        card.openTab("Events");
        assertEquals(
                lead.events().stream()
                        .map(e -> e.eventType().name() + "=" + e.count())
                        .sorted()
                        .collect(Collectors.toList()),
                card.events().stream()
                        .map(e -> e.name() + "=" + e.count())
                        .sorted()
                        .collect(Collectors.toList()));
        card.openTab("Segments");
        assertEquals(lead.segments().stream().map(Segment::name).collect(Collectors.toList()), card.segments());
        card.openTab("Tags");
        assertEquals(lead.tags(), card.tags());
        if (lead.tags().isEmpty()) {
            assertEquals("No tags", card.placeholderOf("#tagsList"));
        }
        card.openTab("Notes");
        assertEquals(
                lead.notes().stream().map(Note::body).collect(Collectors.toList()),
                card.notes().stream().map(NoteViewModel::body).collect(Collectors.toList()));
        assertEquals(
                lead.notes().stream().map(n -> n.author().name()).collect(Collectors.toList()),
                card.notes().stream().map(NoteViewModel::author).collect(Collectors.toList()));
    }

    @Test
    void aPropertyRowHoveredShowsItsWholeValueThenNameAndKindAndFollowsTheSearch(FxRobot robot) {
        Lead lead = sandbox.workspace().leads().stream()
                .map(summary -> sandbox.workspace().lead(summary.id()).orElseThrow())
                .filter(l -> PropValues.isKnown(l.props().get("$email")))
                .findFirst()
                .orElseThrow();
        LeadCardPage card = openCardOf(robot, lead).openTab("Properties");
        assertTrue(propertyRows(robot).stream().allMatch(row -> row.getTooltip() == null), "none before the mouse");

        TableRow<PropertyRowViewModel> first = firstPropertyRow(robot);
        robot.moveTo(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.getTooltip()
                .getText()
                .startsWith(first.getItem().display() + "\n" + first.getItem().name() + " ("));

        card.searchProperties("email"); // the mouse leaves; the rows show other properties
        for (TableRow<PropertyRowViewModel> row : propertyRows(robot)) {
            if (row.getTooltip() != null) { // made before: it follows the row's new property
                assertTrue(row.getTooltip()
                        .getText()
                        .startsWith(
                                row.getItem().display() + "\n" + row.getItem().name() + " ("));
            }
        }
        robot.moveTo(firstPropertyRow(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                PropValues.text(lead.props().get("$email")) + "\n$email (text)",
                firstPropertyRow(robot).getTooltip().getText());
    }

    private static List<TableRow<PropertyRowViewModel>> propertyRows(FxRobot robot) {
        return List.copyOf(robot.lookup("#propertiesTable .table-row-cell")
                .match((TableRow<PropertyRowViewModel> row) -> row.isVisible() && !row.isEmpty())
                .queryAll());
    }

    private static TableRow<PropertyRowViewModel> firstPropertyRow(FxRobot robot) {
        return propertyRows(robot).stream()
                .filter(row -> row.getIndex() == 0)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLeadWithoutNotesSaysSo(FxRobot robot) {
        Lead lead = sandbox.workspace().leads().stream()
                .map(summary -> sandbox.workspace().lead(summary.id()).orElseThrow())
                .filter(l ->
                        PropValues.isKnown(l.props().get("$email")) && l.notes().isEmpty())
                .findFirst()
                .orElseThrow();
        LeadCardPage card = openCardOf(robot, lead).openTab("Notes");
        assertEquals("No notes", card.placeholderOf("#notesList"));
    }

    @Test
    void aFailedCardLoadShowsTheErrorWithRetry(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        // the first row's card is prefetched when the page lands, and so may the next page be: enough failures
        // that the second row's card load fails whichever of those prefetches is still on its way
        sandbox.faults().enqueue(Fault.status(500), Fault.status(500), Fault.status(500));
        table.clickRow(1);
        LeadCardPage card = new LeadCardPage(robot).waitForError();
        assertFalse(card.text("#cardError").contains("Exception"));
        sandbox.faults().clear();
        robot.clickOn("#cardRetryButton");
        card.waitForLead(table.selectedId());
    }
}
