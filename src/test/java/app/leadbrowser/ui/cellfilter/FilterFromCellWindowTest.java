package app.leadbrowser.ui.cellfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.math.BigDecimal;
import java.util.List;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Right-click a value in the table or on the card to filter by it; copy an email from the table. */
@WindowOnSandboxTest.Leads(1000)
class FilterFromCellWindowTest extends WindowOnSandboxTest {

    Filter tableFilter() {
        return context.mainWindowViewModel()
                .getSession()
                .leadTable()
                .filterProperty()
                .get();
    }

    static BigDecimal sessionsOf(LeadRowViewModel row) {
        return PropValues.number(row.summary().prop("$sessions")).orElseThrow();
    }

    /** The row with the most sessions, so that "less than" leaves leads to show. */
    static int mostSessions(List<LeadRowViewModel> rows) {
        int most = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (sessionsOf(rows.get(i)).compareTo(sessionsOf(rows.get(most))) > 0) {
                most = i;
            }
        }
        return most;
    }

    @Test
    void showOnlyTheCityOfACell(FxRobot robot) {
        LeadTablePage leads = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        LeadRowViewModel first = leads.table().getItems().get(0);
        String city = PropValues.text(first.summary().prop("$city"));
        FilterFromCellPage page = new FilterFromCellPage(robot).rightClickCell(0, "col-location");
        assertEquals("Show only leads with City “" + city + "”", page.itemText("showOnly"));

        page.choose("showOnly");

        Condition wanted = Conditions.text("$city", Operator.STR_EQ, city);
        FxWait.waitFor(() -> tableFilter().conditions().contains(wanted));
        leads.waitUntilLoaded();
        assertFalse(leads.ids().isEmpty());
        leads.table()
                .getItems()
                .forEach(row -> assertEquals(city, PropValues.text(row.summary().prop("$city"))));
        assertEquals(1, robot.lookup(".filter-row").queryAll().size(), "the condition is in the builder");
    }

    @Test
    void lessThanThenExcludeAddUp(FxRobot robot) {
        LeadTablePage leads = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        int most = mostSessions(leads.table().getItems());
        BigDecimal sessions = sessionsOf(leads.table().getItems().get(most));

        new FilterFromCellPage(robot).rightClickCell(most, "col-sessions").choose("lessThan");

        Condition less = new Condition.Number("$sessions", Operator.LT, sessions);
        FxWait.waitFor(() -> tableFilter().conditions().contains(less));
        leads.waitUntilLoaded();
        assertFalse(leads.ids().isEmpty());
        leads.table().getItems().forEach(row -> assertTrue(sessionsOf(row).compareTo(sessions) < 0));

        int withEmail = 0;
        while (PropValues.text(leads.table().getItems().get(withEmail).summary().prop("$email"))
                .isEmpty()) {
            withEmail++;
        }
        String email = PropValues.text(
                leads.table().getItems().get(withEmail).summary().prop("$email"));
        new FilterFromCellPage(robot).rightClickCell(withEmail, "col-email").choose("exclude");

        FxWait.waitFor(() -> tableFilter().conditions().size() == 2);
        assertEquals(
                List.of(less, Conditions.text("$email", Operator.STR_NEQ, email)),
                tableFilter().conditions());
        assertEquals(2, robot.lookup(".filter-row").queryAll().size());
    }

    @Test
    void aSecondLessThanOnTheSamePropertyReplacesTheFirst(FxRobot robot) {
        LeadTablePage leads = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        int most = mostSessions(leads.table().getItems());
        BigDecimal sessions = sessionsOf(leads.table().getItems().get(most));
        new FilterFromCellPage(robot).rightClickCell(most, "col-sessions").choose("lessThan");
        FxWait.waitFor(
                () -> tableFilter().conditions().contains(new Condition.Number("$sessions", Operator.LT, sessions)));
        leads.waitUntilLoaded();

        int next = mostSessions(leads.table().getItems());
        BigDecimal fewer = sessionsOf(leads.table().getItems().get(next));
        new FilterFromCellPage(robot).rightClickCell(next, "col-sessions").choose("lessThan");

        Condition less = new Condition.Number("$sessions", Operator.LT, fewer);
        FxWait.waitFor(() -> tableFilter().conditions().equals(List.of(less)));
        assertEquals(1, robot.lookup(".filter-row").queryAll().size(), "replaced, not stacked");
    }

    @Test
    void filterByAPropertyOfTheCard(FxRobot robot) {
        LeadTablePage leads = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        leads.clickRow(0);
        LeadRowViewModel first = leads.table().getItems().get(0);
        new LeadCardPage(robot).waitForLead(first.id()).searchProperties("Sessions");
        BigDecimal sessions = sessionsOf(first);

        new FilterFromCellPage(robot).rightClickProperty("$sessions").choose("moreThan");

        Condition more = new Condition.Number("$sessions", Operator.GT, sessions);
        FxWait.waitFor(() -> tableFilter().conditions().contains(more));
        leads.waitUntilLoaded();
        leads.table().getItems().forEach(row -> assertTrue(sessionsOf(row).compareTo(sessions) > 0));
    }

    @Test
    void theCopyIconCopiesAnEmailWithoutOpeningTheCard(FxRobot robot) throws Exception {
        LeadTablePage leads = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        int index = 0;
        while (PropValues.text(leads.table().getItems().get(index).summary().prop("$email"))
                .isEmpty()) {
            index++;
        }
        String email =
                PropValues.text(leads.table().getItems().get(index).summary().prop("$email"));

        new FilterFromCellPage(robot).copyWithIcon(index, "col-email");

        assertEquals(
                email,
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                        .get());
        assertNull(leads.selectedId(), "no row was selected");
        assertNull(context.mainWindowViewModel().getSession().selection().getSelected(), "no card opened");
    }
}
