package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bad input in the filter builder of the real window (in this package for the page object): bad rows (no
 * property, not a number, from above to) are marked in place, Apply is disabled (button and Ctrl+Enter), a bad
 * pasted JSON is refused with its reason, and the sandbox receives no list request while this goes on. Every
 * kind of field and value is covered, faster, by {@code reliability.FilterBadInputTest}.
 */
@WindowOnSandboxTest.Leads(300)
class FilterBadInputWindowTest extends WindowOnSandboxTest {

    @Test
    void badRowsAndABadPasteAreRefusedInPlaceAndSendNothing(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        List<String> shownIds = table.ids();
        WaitForAsyncUtils.waitForFxEvents();
        long listsBefore = listRequests();
        FilterPanelPage page = new FilterPanelPage(robot);

        robot.clickOn("#filterAdd"); // nothing chosen: dropped when its editor closes
        page.addCondition("Sessions", Operator.GT, "abc")
                .addCondition("Sessions", Operator.RANGE, "9", "2")
                .addCondition("City", Operator.STR_EQ);

        assertEquals(3, page.rowCount());
        for (int row = 0; row < 3; row++) {
            assertTrue(page.errorShownFor(row), "row " + row + " is marked");
        }
        assertEquals("\"abc\" is not a number", page.errorFor(0));
        assertEquals("Enter a text", page.errorFor(2));
        assertEquals("Apply · 3 changes", page.applyText());
        page.apply();
        assertEquals(
                "Fix the marked conditions to apply the filter.",
                robot.lookup("#filterMessage").queryLabeled().getText());

        String pasteError = page.pasteJson("{\"type\":\"and\",\"filters\":[{\"property_name\":\"$name\","
                        + "\"type\":\"regex\",\"value\":{\"value\":\"^A\"}}]}")
                .orElseThrow();
        assertTrue(pasteError.contains("unknown type \"regex\""), pasteError);
        assertTrue(page.pasteJson("{not json").isPresent());
        assertEquals(3, page.rowCount(), "the conditions already built are kept");
        assertEquals("Sessions", page.propertyOf(1));

        WaitForAsyncUtils.waitForFxEvents();
        // the list method only: the property picker asks cards for event types' names (EventNamer)
        assertEquals(listsBefore, listRequests(), "no list request reached the sandbox");
        assertEquals(shownIds, table.ids(), "the table still shows the same leads");
    }

    private long listRequests() {
        return sandbox.requests().all().stream()
                .filter(request -> request.path().endsWith("/users"))
                .count();
    }
}
