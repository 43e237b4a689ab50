package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The real window: two groups built in the panel list the leads of either, merged on this computer and labelled so;
 * a filter applied before comes back from the history with one click.
 */
@WindowOnSandboxTest.Leads(1_500)
class FilterGroupsWindowTest extends WindowOnSandboxTest {

    @Test
    void twoGroupsBuiltInThePanelListTheLeadsOfEither(FxRobot robot) throws Exception {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 1,500");
        FilterPanelPage panel = new FilterPanelPage(robot);

        panel.addCondition("$city", Operator.STR_EQ, "Moscow")
                .addGroupWithCondition("Sessions", Operator.GT, "80")
                .apply();

        FilterGroups either = new FilterGroups(List.of(
                Filter.and(Conditions.text("$city", Operator.STR_EQ, "Moscow")),
                Filter.and(Conditions.number("$sessions", Operator.GT, 80))));
        List<String> expected = expectedFirstPage(either);
        FxWait.waitFor(() ->
                table.rangeText().matches("1–20 of [0-9,]+") && table.ids().equals(expected));
        assertEquals("Filter: City = Moscow OR Sessions > 80", text(robot, "#filterSummary"));
        assertTrue(text(robot, "#statusTotal").matches("[0-9,]+ leads"), text(robot, "#statusTotal"));
        assertTrue(robot.lookup("#filterCombined").query().isVisible());
        assertTrue(text(robot, "#filterCombined").startsWith("Combined on this computer"));
        assertTrue(robot.lookup("#filterGroupsNote").query().isVisible());
    }

    @Test
    void aFilterAppliedBeforeComesBackFromTheHistory(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 1,500");
        FilterPanelPage panel = new FilterPanelPage(robot);
        panel.addCondition("Sessions", Operator.GT, "80").apply();
        FxWait.waitFor(() -> text(robot, "#filterSummary").equals("Filter: Sessions > 80")
                && !table.rangeText().endsWith("of 1,500"));
        String activeRange = table.rangeText();
        List<String> activeIds = table.ids();

        panel.pasteJson("{\"type\":\"and\",\"filters\":[{\"property_name\":\"$city\",\"type\":\"str_eq\","
                + "\"value\":{\"value\":\"Moscow\"}}]}");
        FxWait.waitFor(() -> text(robot, "#filterSummary").equals("Filter: City = Moscow")
                && !table.rangeText().equals(activeRange));
        assertEquals(2, panel.historyTexts().size());
        assertTrue(panel.historyTexts().get(1).startsWith("Sessions > 80\nsorted by Last seen ↓"));

        panel.reapplyFromHistory(1);

        FxWait.waitFor(
                () -> table.rangeText().equals(activeRange) && table.ids().equals(activeIds));
        assertEquals("Filter: Sessions > 80", text(robot, "#filterSummary"));
        assertEquals(List.of("Sessions > 80"), panel.chipTexts());
        assertEquals("Sessions", panel.propertyOf(0));
        assertTrue(panel.historyTexts().get(0).startsWith("Sessions > 80"), "moved to the top");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The first 20 leads the sandbox's evaluator accepts, in the server's default order (last seen first). */
    private static List<String> expectedFirstPage(FilterGroups groups) throws Exception {
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        try (DashlyClient client = SandboxClients.withoutRetries(sandbox)) {
            LeadQuery query = LeadQuery.defaults().withLimit(LeadQuery.MAX_LIMIT);
            while (ids.size() < 20) {
                LeadPage page = client.listLeads(query).execute();
                for (LeadSummary lead : page.leads()) {
                    if (groups.matches(lead.props(), now) && ids.size() < 20) {
                        ids.add(lead.id());
                    }
                }
                if (page.isLast()) {
                    break;
                }
                query = query.nextPage();
            }
        }
        return ids;
    }
}
