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
import app.leadbrowser.client.model.Lead;
import java.util.List;
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
    private final PropertyCatalog catalog = new PropertyCatalog();
    private FilterPanelViewModel vm;
    private FilterPanelPage page;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        vm = new FilterPanelViewModel(catalog); // the real FX debouncer
        stage.setScene(new Scene((javafx.scene.Parent) new FilterPanelView(vm).getRoot(), 1024, 400));
        stage.show();
    }

    @BeforeEach
    void page(FxRobot robot) {
        page = new FilterPanelPage(robot);
        this.robot = robot;
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
    void errorsShowOnceAFieldIsLeftOrApplyIsPressedAndOnlyOnTheFaultyChip() {
        page.addCondition("$city", Operator.STR_EQ, "Berlin");
        robot.clickOn("#filterAdd");
        robot.write("Sessions", 0).type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("abc", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(page.editorShowsError(), "nothing is flagged while the value is being typed");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.editorShown(), "a faulty condition keeps its editor open");
        assertTrue(page.editorShowsError());
        assertEquals(Filter.all(), vm.getAppliedFilter(), "nothing applied");
        page.closeEditor();
        assertEquals("\"abc\" is not a number", page.errorFor(1));
        assertTrue(page.errorShownFor(1));
        assertFalse(page.errorShownFor(0), "only the faulty chip is marked");

        page.typeValue(1, "7").pressEnterInValue();
        assertFalse(page.editorShown(), "applied: the editor closes");
        assertFalse(page.errorShownFor(1));
        assertEquals(
                Filter.and(
                        Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                        Conditions.number("$sessions", Operator.EQ, 7)),
                vm.getAppliedFilter());
    }

    @Test
    void tabWalksPropertyThenOperatorThenValue() {
        robot.clickOn("#filterAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                focusOwner().getStyleClass().contains("filter-property"),
                focusOwner().toString());
        robot.write("Sessions", 0).type(KeyCode.ENTER).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                focusOwner().getStyleClass().contains("filter-operator"),
                focusOwner().toString());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                focusOwner().getStyleClass().contains("filter-value"),
                focusOwner().toString());
        robot.write("5", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Filter.and(Conditions.number("$sessions", Operator.EQ, 5)), vm.getAppliedFilter());
        assertEquals(List.of("Sessions = 5"), page.chipTexts());
    }

    @Test
    void aNegativeDayCountAndARangeUpsideDownAreFlaggedAndTheEditsCounted() {
        page.addCondition("Last seen", Operator.DAYSMORE, "-2").addCondition("Sessions", Operator.RANGE, "9", "1");

        assertTrue(page.errorShownFor(0));
        assertTrue(page.errorShownFor(1));
        assertEquals("range: the lower bound 9 is above the upper bound 1", page.errorFor(1));
        assertEquals("Apply · 2 changes", page.applyText());
        page.apply();
        assertEquals(Filter.all(), vm.getAppliedFilter(), "nothing applied");
    }

    @Test
    void editsNotAppliedAreCountedAndClearAllCanBeUndone() {
        assertFalse(page.applyEnabled(), "nothing to apply");
        page.addCondition("$city", Operator.STR_EQ, "Berlin");
        assertEquals("Apply · 1 change", page.applyText());
        assertTrue(robot.lookup("#filterRow0").query().getStyleClass().contains("filter-chip-pending"));
        page.apply();
        assertEquals("Apply", page.applyText());
        assertFalse(robot.lookup("#filterRow0").query().getStyleClass().contains("filter-chip-pending"));
        Filter berlin = Filter.and(Conditions.text("$city", Operator.STR_EQ, "Berlin"));
        assertEquals(berlin, vm.getAppliedFilter());

        page.clearAll();
        assertEquals(0, page.rowCount());
        assertEquals(Filter.all(), vm.getAppliedFilter());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("City = Berlin"), page.chipTexts());
        assertEquals(berlin, vm.getAppliedFilter());
        assertEquals("Apply", page.applyText());
    }

    @Test
    void pastedJsonRebuildsTheRowsAndABadPasteKeepsThem() {
        String json = "{\"type\":\"or\",\"filters\":[{\"property_name\":\"$city\",\"type\":\"str_eq\",\"value\":"
                + "{\"value\":\"Berlin\"}},{\"property_name\":\"$event_18_count\",\"type\":\"gt\",\"value\":"
                + "{\"value\":3}}]}";
        assertEquals(java.util.Optional.empty(), page.pasteJson(json));
        assertEquals(2, page.rowCount());
        assertEquals("Event 18 · count", page.propertyOf(1));
        assertEquals(List.of("City = Berlin", "Event 18 · count > 3"), page.chipTexts());
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
    void chipsAreMovedAndRemovedWithKeysAndTheirButton() {
        page.addCondition("Email", Operator.STR_CONTAINS, "acme")
                .addCondition("Name", Operator.UNKNOWN)
                .addCondition("Sessions", Operator.GT, "3");

        page.pressOnChip(2, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.UP);
        page.pressOnChip(1, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.UP);
        assertEquals(List.of("Sessions > 3", "Email contains “acme”", "Name is unknown"), page.chipTexts());
        page.pressOnChip(0, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DOWN);
        assertEquals(List.of("Email contains “acme”", "Sessions > 3", "Name is unknown"), page.chipTexts());
        page.pressOnChip(1, KeyCode.DELETE);
        assertEquals(2, page.rowCount());
        page.removeWithChipButton(0);
        page.addCondition("Email", Operator.STR_CONTAINS, "acme");
        page.apply();

        assertEquals(
                Filter.and(Conditions.unknown("$name"), Conditions.text("$email", Operator.STR_CONTAINS, "acme")),
                vm.getAppliedFilter());
    }

    @Test
    void anEventChipTakesTheEventsNameOnceACardTellsIt() throws Exception {
        robot.interact(() ->
                vm.load(Filter.and(Conditions.relativeDate("$event_7322_last", Operator.DAYSLESS, 7, DateUnit.DAYS))));
        assertEquals(List.of("Event 7322 · last < 7 days ago"), page.chipTexts());

        Lead card = PropertyCatalogTest.sampleLead();
        robot.interact(() -> catalog.learnFrom(card));
        assertEquals(List.of("My Event · last < 7 days ago"), page.chipTexts());
    }

    private javafx.scene.Node focusOwner() {
        return robot.lookup("#filterEditor").query().getScene().getFocusOwner();
    }
}
