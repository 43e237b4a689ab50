package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The history under the per-type table of the Events tab, in the real window: it pages on as it is scrolled. */
@WindowOnSandboxTest.Leads(300)
class EventTimelineViewTest extends WindowOnSandboxTest {

    /** Shows only the lead with this email in the table, clicks it and opens the Events tab. */
    private void openEventsOf(FxRobot robot, LeadSummary lead) {
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        String email = PropValues.text(lead.prop("$email"));
        WaitForAsyncUtils.asyncFx(() -> context.mainWindowViewModel()
                .getSession()
                .leadTable()
                .setFilter(Filter.and(Conditions.text("$email", Operator.STR_EQ, email))));
        FxWait.waitFor(() -> table.ids().contains(lead.id()));
        table.clickRow(table.ids().indexOf(lead.id()));
        new LeadCardPage(robot).waitForLead(lead.id()).openTab("Events");
    }

    private static List<String> sandboxIds(String leadId) {
        return sandbox.workspace().events(leadId).stream().map(LeadEvent::id).collect(Collectors.toList());
    }

    @Test
    void scrollingToTheEndLoadsOlderEvents(FxRobot robot) {
        LeadSummary lead = sandbox.workspace().leads().stream()
                .filter(summary -> PropValues.isKnown(summary.prop("$email")))
                .filter(summary -> sandbox.workspace().events(summary.id()).size() > 3 * TimelineEvents.PAGE_SIZE)
                .findFirst()
                .orElseThrow();
        openEventsOf(robot, lead);
        TimelinePage timeline = new TimelinePage(robot).waitForEvents(TimelineEvents.PAGE_SIZE);
        int firstPage = timeline.events().size();
        assertTrue(firstPage < sandboxIds(lead.id()).size());

        timeline.scrollToEnd();
        CursorTabViewModel<TimelineEventViewModel> vm =
                context.mainWindowViewModel().getSession().leadCard().eventTimeline();
        FxWait.waitFor(
                () -> timeline.events().size() > firstPage,
                () -> "shown " + timeline.events().size()
                        + ", loading " + vm.isLoading() + ", more "
                        + vm.hasMoreProperty().get() + ", error "
                        + vm.errorMessageProperty().get());
        List<String> shown =
                timeline.events().stream().map(TimelineEventViewModel::id).collect(Collectors.toList());
        assertEquals(sandboxIds(lead.id()).subList(0, shown.size()), shown, "newest first, none twice");
    }

    @Test
    void anEmptyHistorySaysSo(FxRobot robot) {
        LeadSummary quiet = sandbox.workspace().leads().stream()
                .filter(summary -> PropValues.isKnown(summary.prop("$email")))
                .filter(summary -> sandbox.workspace().events(summary.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        openEventsOf(robot, quiet);
        FxWait.waitFor(() -> "No events yet".equals(new TimelinePage(robot).emptyText()));
    }
}
