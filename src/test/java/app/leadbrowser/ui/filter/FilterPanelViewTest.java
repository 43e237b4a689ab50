package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FilterPanelViewTest {
    private FilterPanelViewModel vm;
    private FilterPanelPage page;

    @Start
    void start(Stage stage) {
        vm = new FilterPanelViewModel(new PropertyCatalog()); // the real FX debouncer
        stage.setScene(new Scene((javafx.scene.Parent) new FilterPanelView(vm).getRoot(), 420, 760));
        stage.show();
    }

    @BeforeEach
    void page(FxRobot robot) {
        page = new FilterPanelPage(robot);
    }

    @Test
    void aFilterBuiltInTheUiIsAppliedAndShownAsTheApiReceivesIt() {
        page.addCondition("Sessions", Operator.GT, "3")
                .addCondition("last seen", Operator.DAYSLESS, "12", "hours")
                .addCondition("$city", Operator.STR_EQ, "Berlin")
                .addCondition("Sessions", Operator.RANGE, "2", "5")
                .addCondition("subscribed", Operator.BOOL_TRUE)
                .setJunction(Junction.OR)
                .apply();

        Filter expected = Filter.or(
                Conditions.number("$sessions", Operator.GT, 3),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 12, DateUnit.HOURS),
                Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                Conditions.range("$sessions", 2, 5),
                Conditions.isTrue("subscribed"));
        assertEquals(expected, vm.getAppliedFilter());
        assertEquals(FilterJson.write(expected), page.showJson());
        assertEquals("Last seen", page.propertyOf(1));
    }

    @Test
    void invalidInputIsMarkedAndDisablesApply() {
        page.addCondition("Sessions", Operator.GT, "abc");

        assertTrue(page.errorShownFor(0));
        assertEquals("\"abc\" is not a number", page.errorFor(0));
        assertFalse(page.applyEnabled());
        page.pressCtrlEnter();
        assertEquals(Filter.all(), vm.getAppliedFilter(), "nothing applied");

        page.typeValue(0, "7");
        assertFalse(page.errorShownFor(0));
        assertTrue(page.applyEnabled());
        page.pressCtrlEnter();
        assertEquals(Filter.and(Conditions.number("$sessions", Operator.GT, 7)), vm.getAppliedFilter());
    }

    @Test
    void aNegativeDayCountAndARangeUpsideDownAreFlagged() {
        page.addCondition("Last seen", Operator.DAYSMORE, "-2").addCondition("Sessions", Operator.RANGE, "9", "1");

        assertTrue(page.errorShownFor(0));
        assertTrue(page.errorShownFor(1));
        assertEquals("range: the lower bound 9 is above the upper bound 1", page.errorFor(1));
        assertFalse(page.applyEnabled());
    }

    @Test
    void pastedJsonRebuildsTheRowsAndABadPasteKeepsThem() {
        String json = "{\"type\":\"or\",\"filters\":[{\"property_name\":\"$city\",\"type\":\"str_eq\",\"value\":"
                + "{\"value\":\"Berlin\"}},{\"property_name\":\"$event_18_count\",\"type\":\"gt\",\"value\":"
                + "{\"value\":3}}]}";
        assertEquals(java.util.Optional.empty(), page.pasteJson(json));
        assertEquals(2, page.rowCount());
        assertEquals("Event 18: count", page.propertyOf(1));
        assertEquals(FilterJson.read(json), vm.getAppliedFilter());

        String error = page.pasteJson("{\"type\":\"or\",\"filters\":[{\"type\":\"and\",\"filters\":[]}]}")
                .orElseThrow();
        assertTrue(error.contains("nested group"), error);
        assertEquals(2, page.rowCount());
        assertEquals("City", page.propertyOf(0));
        assertEquals(FilterJson.read(json), vm.getAppliedFilter());
    }

    @Test
    void quickSearchAppliesAfterTypingPauses() throws Exception {
        page.addCondition("Name", Operator.KNOWN).apply();
        page.typeQuickSearch("maks@acme");

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> vm.getAppliedFilter().conditions().size() == 2);
        assertEquals(
                Filter.and(Conditions.known("$name"), Conditions.text("$email", Operator.STR_CONTAINS, "maks@acme")),
                vm.getAppliedFilter());
    }

    @Test
    void rowsAreDuplicatedMovedAndRemovedWithButtonsAndKeys() {
        page.addCondition("Email", Operator.STR_CONTAINS, "acme").addCondition("Name", Operator.UNKNOWN);

        page.clickRowButton(0, ".filter-duplicate");
        assertEquals(3, page.rowCount());
        page.moveWithKeyboard(2, KeyCode.UP);
        page.moveWithKeyboard(1, KeyCode.UP);
        assertEquals("Name", page.propertyOf(0));
        page.clickRowButton(1, ".filter-up");
        assertEquals("Email", page.propertyOf(0));
        assertEquals("Name", page.propertyOf(1));
        page.clickRowButton(0, ".filter-remove");
        assertEquals(2, page.rowCount());
        page.apply();

        assertEquals(
                Filter.and(Conditions.unknown("$name"), Conditions.text("$email", Operator.STR_CONTAINS, "acme")),
                vm.getAppliedFilter());
    }
}
