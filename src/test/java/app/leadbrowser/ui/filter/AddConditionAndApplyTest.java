package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.ManualDebouncer;
import org.junit.jupiter.api.Test;

/** "Filter from what you see" hands the builder a condition: it becomes a row and applies at once. */
class AddConditionAndApplyTest {
    private final PropertyCatalog catalog = new PropertyCatalog();
    private final FilterPanelViewModel vm = new FilterPanelViewModel(catalog, new ManualDebouncer());

    @Test
    void theConditionIsAddedAsARowAndApplied() {
        vm.load(Filter.and(Conditions.number("$sessions", Operator.GT, 3)));

        assertTrue(vm.addConditionAndApply(Conditions.text("$city", Operator.STR_EQ, "Berlin")));

        assertEquals(2, vm.rows().size());
        FilterRowViewModel added = vm.rows().get(1);
        assertEquals("$city", added.propertyProperty().get().key());
        assertEquals(PropertyType.TEXT, added.propertyProperty().get().type());
        assertEquals(Operator.STR_EQ, added.operatorProperty().get());
        assertEquals("Berlin", added.valueProperty().get());
        assertEquals(
                Filter.and(
                        Conditions.number("$sessions", Operator.GT, 3),
                        Conditions.text("$city", Operator.STR_EQ, "Berlin")),
                vm.getAppliedFilter());
    }

    @Test
    void aDateConditionKeepsItsUnit() {
        vm.addConditionAndApply(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 5, DateUnit.HOURS));
        assertEquals(DateUnit.HOURS, vm.rows().get(0).unitProperty().get());
        assertEquals(
                Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 5, DateUnit.HOURS)),
                vm.getAppliedFilter());
    }

    @Test
    void theQuickSearchStaysApplied() {
        vm.quickSearchProperty().set("anna");
        vm.addConditionAndApply(Conditions.number("$sessions", Operator.LT, 2));
        assertTrue(vm.getAppliedFilter().conditions().contains(Conditions.number("$sessions", Operator.LT, 2)));
        assertEquals("anna", vm.quickSearchProperty().get());
        assertTrue(vm.getAppliedFilter().conditions().size() > 1, "the quick search is still part of the filter");
    }

    @Test
    void lessOrMoreThanReplacesTheBoundOnTheSamePropertyAndDirection() {
        vm.load(Filter.and(
                Conditions.number("$sessions", Operator.GT, 5),
                Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                Conditions.number("$sessions", Operator.LT, 100),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 7, DateUnit.DAYS)));

        assertTrue(vm.addConditionAndApply(Conditions.number("$sessions", Operator.GT, 74)));
        assertTrue(
                vm.addConditionAndApply(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 2, DateUnit.HOURS)));
        assertTrue(
                vm.addConditionAndApply(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 1, DateUnit.HOURS)));

        assertEquals(
                Filter.and(
                        Conditions.number("$sessions", Operator.GT, 74),
                        Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                        Conditions.number("$sessions", Operator.LT, 100),
                        Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 2, DateUnit.HOURS),
                        Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 1, DateUnit.HOURS)),
                vm.getAppliedFilter(),
                "replaced in place; the other direction stays beside it");
    }

    @Test
    void showOnlyAndExcludeStillStack() {
        vm.addConditionAndApply(Conditions.text("$city", Operator.STR_NEQ, "Berlin"));
        vm.addConditionAndApply(Conditions.text("$city", Operator.STR_NEQ, "Moscow"));
        assertEquals(
                Filter.and(
                        Conditions.text("$city", Operator.STR_NEQ, "Berlin"),
                        Conditions.text("$city", Operator.STR_NEQ, "Moscow")),
                vm.getAppliedFilter());
    }

    @Test
    void nothingIsAppliedWhileAnotherRowHasAnError() {
        vm.addCondition(); // no property chosen yet
        Filter before = vm.getAppliedFilter();

        assertFalse(vm.addConditionAndApply(Conditions.isTrue("subscribed")));

        assertEquals(before, vm.getAppliedFilter());
        assertEquals(2, vm.rows().size(), "the row is there to apply once the other is fixed");
    }
}
