package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.ManualDebouncer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder with several groups joined by OR, without the FX toolkit. */
class FilterGroupsPanelTest {
    private static final Condition BERLIN = Conditions.text("$city", Operator.STR_EQ, "Berlin");
    private static final Condition ACTIVE = Conditions.number("$sessions", Operator.GT, 10);
    private static final Condition EMAIL = Conditions.known("$email");

    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final FilterPanelViewModel vm = new FilterPanelViewModel(new PropertyCatalog(), debouncer);

    @Test
    void aSecondGroupIsJoinedByOrAndAppliedAsGroups() {
        vm.load(Filter.and(BERLIN, ACTIVE));
        FilterGroupViewModel second = vm.addGroup().orElseThrow();
        fill(second.rows().get(0), EMAIL);

        assertTrue(vm.combinedProperty().get());
        assertTrue(vm.apply());

        FilterGroups expected = new FilterGroups(List.of(Filter.and(BERLIN, ACTIVE), Filter.and(EMAIL)));
        assertEquals(expected, vm.getAppliedGroups());
        assertEquals(Filter.and(BERLIN, ACTIVE), vm.getAppliedFilter(), "the first group, for one-group readers");
        assertEquals(FilterGroupsJson.write(expected), vm.showJson());
    }

    @Test
    void atMostFiveGroupsAndOnlyWhileConditionsAreJoinedByAnd() {
        vm.load(Filter.or(BERLIN, ACTIVE));
        assertFalse(vm.canAddGroupProperty().get(), "an OR of several conditions takes no OR groups");
        assertTrue(vm.addGroup().isEmpty());

        vm.setJunction(Junction.AND);
        for (int i = 2; i <= FilterGroups.MAX_GROUPS; i++) {
            assertTrue(vm.addGroup().isPresent(), "group " + i);
        }
        assertEquals(FilterGroups.MAX_GROUPS, vm.groups().size());
        assertFalse(vm.canAddGroupProperty().get());
        assertTrue(vm.addGroup().isEmpty());

        vm.setJunction(Junction.OR);
        assertEquals(Junction.AND, vm.junctionProperty().get(), "groups joined by OR are AND groups");
    }

    @Test
    void anOrOfOneConditionBecomesTheFirstAndGroup() {
        vm.load(Filter.or(BERLIN));
        assertTrue(vm.canAddGroupProperty().get());
        fill(vm.addGroup().orElseThrow().rows().get(0), ACTIVE);
        assertTrue(vm.apply());
        assertEquals(new FilterGroups(List.of(Filter.and(BERLIN), Filter.and(ACTIVE))), vm.getAppliedGroups());
    }

    @Test
    void aRowWithAnErrorInAnyGroupBlocksApply() {
        vm.load(Filter.and(BERLIN));
        FilterGroupViewModel second = vm.addGroup().orElseThrow();
        assertFalse(vm.canApplyProperty().get(), "the new group's empty row");
        FilterGroups before = vm.getAppliedGroups();
        assertFalse(vm.apply());
        assertSame(before, vm.getAppliedGroups());

        fill(second.rows().get(0), ACTIVE);
        assertTrue(vm.canApplyProperty().get());
    }

    @Test
    void emptyGroupsAreGroupsNotFilledInYetNotEveryLead() {
        vm.load(Filter.and(BERLIN));
        FilterGroupViewModel second = vm.addGroup().orElseThrow();
        vm.remove(second.rows().get(0));
        assertTrue(vm.apply());
        assertEquals(FilterGroups.of(Filter.and(BERLIN)), vm.getAppliedGroups());

        vm.rows().clear();
        assertTrue(vm.apply());
        assertEquals(FilterGroups.all(), vm.getAppliedGroups());
    }

    @Test
    void rowCommandsStayInTheirGroup() {
        vm.load(new FilterGroups(List.of(Filter.and(BERLIN, ACTIVE), Filter.and(EMAIL))));
        FilterGroupViewModel second = vm.groups().get(1);
        FilterRowViewModel email = second.rows().get(0);

        FilterRowViewModel added = vm.addCondition(second);
        assertEquals(List.of(email, added), second.rows());
        assertSame(second, vm.groupOf(added).orElseThrow());
        assertTrue(vm.moveUp(added));
        assertEquals(List.of(added, email), second.rows());
        assertFalse(vm.moveUp(added), "first of its group");
        vm.remove(added);
        assertEquals(List.of(email), second.rows());
        assertEquals(2, vm.rows().size(), "the first group untouched");
    }

    @Test
    void removingTheFirstGroupKeepsItsListForTheOthersRows() {
        vm.load(new FilterGroups(List.of(Filter.and(BERLIN), Filter.and(EMAIL))));
        var firstRows = vm.rows();
        vm.removeGroup(vm.groups().get(0));

        assertEquals(1, vm.groups().size());
        assertSame(firstRows, vm.rows());
        assertEquals(EMAIL, vm.rows().get(0).condition().orElseThrow());
        assertFalse(vm.combinedProperty().get());

        vm.removeGroup(vm.groups().get(0));
        assertEquals(1, vm.groups().size(), "the last group stays");
    }

    @Test
    void loadingAndPastingRebuildTheGroups() {
        FilterGroups groups = new FilterGroups(List.of(Filter.and(BERLIN, ACTIVE), Filter.and(EMAIL)));
        assertTrue(vm.pasteJson(FilterGroupsJson.write(groups)).isEmpty());

        assertEquals(2, vm.groups().size());
        assertEquals(groups, vm.getAppliedGroups());
        assertEquals(groups, vm.builtGroups().orElseThrow());

        vm.load(Filter.or(BERLIN, ACTIVE));
        assertEquals(1, vm.groups().size());
        assertEquals(Junction.OR, vm.junctionProperty().get());

        vm.load(groups);
        vm.clearAll();
        assertEquals(1, vm.groups().size());
        assertEquals(FilterGroups.all(), vm.getAppliedGroups());
    }

    @Test
    void quickSearchJoinsEveryGroup() {
        vm.load(new FilterGroups(List.of(Filter.and(BERLIN), Filter.and(ACTIVE))));
        vm.quickSearchProperty().set("anna@");
        debouncer.elapse();

        Condition search = Conditions.text("$email", Operator.STR_CONTAINS, "anna@");
        assertEquals(
                new FilterGroups(List.of(Filter.and(BERLIN, search), Filter.and(ACTIVE, search))),
                vm.getAppliedGroups());
    }

    /** Sets a row to {@code condition} as a person would pick and type it. */
    private void fill(FilterRowViewModel row, Condition condition) {
        FilterRowViewModel model = FilterRowViewModel.of(vm.catalog(), condition);
        row.propertyProperty().set(model.propertyProperty().get());
        row.operatorProperty().set(model.operatorProperty().get());
        row.valueProperty().set(model.valueProperty().get());
        assertEquals(condition, row.condition().orElseThrow());
    }
}
