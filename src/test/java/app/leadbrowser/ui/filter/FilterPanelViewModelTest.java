package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.Samples;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.ImmediateDebouncer;
import app.leadbrowser.ui.common.ManualDebouncer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterPanelViewModelTest {
    private final PropertyCatalog catalog = new PropertyCatalog();
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final FilterPanelViewModel vm = new FilterPanelViewModel(catalog, debouncer);

    /** One case per operator: what a person picks and types, and the JSON the API then receives. */
    static Stream<Arguments> everyOperator() {
        return Stream.of(
                op("Name", Operator.KNOWN, "", "", "{}"),
                op("Name", Operator.UNKNOWN, "", "", "{}"),
                op("Sessions", Operator.EQ, "5", "", "{\"value\":5}"),
                op("Sessions", Operator.NEQ, "5", "", "{\"value\":5}"),
                op("Sessions", Operator.GT, "2.5", "", "{\"value\":2.5}"),
                op("orders", Operator.GT_OR_UNKNOWN, "4", "", "{\"value\":4}"),
                op("Sessions", Operator.LT, "-1", "", "{\"value\":-1}"),
                op("orders", Operator.LT_OR_UNKNOWN, " 5 ", "", "{\"value\":5}"),
                op("Sessions", Operator.RANGE, "2", "5", "{\"value1\":2,\"value2\":5}"),
                op("Name", Operator.STR_EQ, "Maks", "", "{\"value\":\"Maks\"}"),
                op("Name", Operator.STR_NEQ, "Maks", "", "{\"value\":\"Maks\"}"),
                op("Email", Operator.STR_CONTAINS, "gmail", "", "{\"value\":\"gmail\"}"),
                op("Name", Operator.STR_NOTCONTAINS, "test", "", "{\"value\":\"test\"}"),
                op("subscribed", Operator.BOOL_TRUE, "", "", "{}"),
                op("subscribed", Operator.BOOL_FALSE, "", "", "{}"),
                op("Last seen", Operator.DAYSLESS, "30", "days", "{\"value\":30,\"unit\":\"days\"}"),
                op("Last seen", Operator.DAYSMORE, "12", "hours", "{\"value\":12,\"unit\":\"hours\"}"),
                op("Last seen", Operator.DAYSLESS_OR_UNKNOWN, "45", "minutes", "{\"value\":45,\"unit\":\"minutes\"}"),
                op("$event_18_last", Operator.DAYSMORE_OR_UNKNOWN, "2", "weeks", "{\"value\":2,\"unit\":\"weeks\"}"),
                op("$viewed_categories", Operator.LCONTAINS, "shoes", "", "{\"value\":\"shoes\"}"));
    }

    private static Arguments op(String property, Operator operator, String value, String second, String json) {
        return Arguments.of(property, operator, value, second, json);
    }

    @Test
    void theCasesCoverEveryOperatorAndEachIsOfferedForSomeKnownType() {
        Set<Operator> covered = everyOperator().map(a -> (Operator) a.get()[1]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Operator.class), covered);
        Set<Operator> offered = Stream.of(PropertyType.values())
                .filter(t -> t != PropertyType.ANY)
                .flatMap(t -> t.operators().stream())
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Operator.class), offered);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOperator")
    void everyOperatorIsBuiltFromTheRowAndWritesTheDocumentedJson(
            String property, Operator operator, String value, String second, String valueJson) {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(catalog.resolve(property));
        assertTrue(row.operators().contains(operator), operator + " offered for " + property);
        row.operatorProperty().set(operator);
        row.valueProperty().set(value);
        if (operator == Operator.RANGE) {
            row.valueToProperty().set(second);
        } else if (!second.isEmpty()) {
            row.unitProperty().set(DateUnit.fromWireName(second).orElseThrow());
        }

        assertTrue(vm.apply(), row.errorProperty().get());

        String key = catalog.resolve(property).key();
        assertJsonEquals(
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"" + key + "\",\"type\":\"" + operator.wireName()
                        + "\",\"value\":" + valueJson + "}]}",
                vm.showJson());
        assertEquals(FilterJson.read(vm.showJson()), vm.getAppliedFilter());
    }

    @Test
    void theOperatorsFollowThePropertyType() {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(catalog.resolve("Last seen"));
        assertEquals(PropertyType.DATE.operators(), row.operators());
        assertEquals(Operator.DAYSLESS, row.operatorProperty().get());
        assertEquals(ValueEditor.RELATIVE_DATE, row.editorProperty().get());

        row.operatorProperty().set(Operator.KNOWN);
        row.propertyProperty().set(catalog.resolve("Sessions"));
        assertEquals(Operator.KNOWN, row.operatorProperty().get(), "an operator both types offer is kept");
        assertEquals(ValueEditor.NONE, row.editorProperty().get());

        row.propertyProperty().set(catalog.resolve("subscribed"));
        assertEquals(PropertyType.ANY.operators(), row.operators(), "a typed name offers every operator");
    }

    static Stream<Arguments> invalidInput() {
        return Stream.of(
                Arguments.of("Sessions", Operator.GT, "abc", "", "value", "\"abc\" is not a number"),
                Arguments.of("Sessions", Operator.EQ, " ", "", "value", "Enter a number"),
                Arguments.of("Name", Operator.STR_EQ, "", "", "value", "Enter a text"),
                Arguments.of("tags_seen", Operator.LCONTAINS, "", "", "value", "Enter a list item"),
                Arguments.of(
                        "Sessions",
                        Operator.RANGE,
                        "5",
                        "2",
                        "to",
                        "range: the lower bound 5 is above the upper bound 2"),
                Arguments.of("Sessions", Operator.RANGE, "1", "x", "to", "\"x\" is not a number"),
                Arguments.of(
                        "Last seen", Operator.DAYSLESS, "-3", "", "value", "daysless: the amount must not be negative"),
                Arguments.of("Last seen", Operator.DAYSMORE, "1.5", "", "value", "\"1.5\" is not a whole number"),
                Arguments.of("Last seen", Operator.DAYSMORE, "", "", "value", "Enter how many days"));
    }

    @ParameterizedTest(name = "{1} \"{2}\" \"{3}\"")
    @MethodSource("invalidInput")
    void invalidInputIsFlaggedAtItsFieldAndBlocksApply(
            String property, Operator operator, String value, String to, String field, String message) {
        vm.load(Filter.and(Conditions.known("$email")));
        Filter before = vm.getAppliedFilter();
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(catalog.resolve(property));
        row.operatorProperty().set(operator);
        row.valueProperty().set(value);
        row.valueToProperty().set(to);

        assertEquals(message, (field.equals("to") ? row.valueToErrorProperty() : row.valueErrorProperty()).get());
        assertEquals(message, row.errorProperty().get());
        assertFalse(row.isValid());
        assertFalse(vm.canApplyProperty().get());
        assertFalse(vm.apply());
        assertSame(before, vm.getAppliedFilter(), "nothing applied");
        assertFalse(vm.messageProperty().get().isEmpty());
    }

    @Test
    void aRowWithoutPropertyBlocksApplyUntilFixed() {
        FilterRowViewModel row = vm.addCondition();
        assertEquals("Choose a property", row.propertyErrorProperty().get());
        assertFalse(vm.canApplyProperty().get());

        row.propertyProperty().set(catalog.resolve("Email"));
        row.valueProperty().set("@acme.com");
        assertTrue(vm.canApplyProperty().get());
        assertEquals("", row.errorProperty().get());
        assertTrue(vm.apply());
    }

    @Test
    void bothBadRangeBoundsAreFlagged() {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(catalog.resolve("Sessions"));
        row.operatorProperty().set(Operator.RANGE);
        row.valueProperty().set("a");
        row.valueToProperty().set("");
        assertEquals("\"a\" is not a number", row.valueErrorProperty().get());
        assertEquals("Enter a number", row.valueToErrorProperty().get());
    }

    @Test
    void aPickedDateBecomesADaysAgoCount() {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(catalog.resolve("Last seen"));
        row.unitProperty().set(DateUnit.WEEKS);
        row.setDaysAgo(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 1));
        assertEquals(
                Optional.of(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 10, DateUnit.DAYS)),
                row.condition());

        row.setDaysAgo(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1));
        assertFalse(row.isValid(), "a date in the future is impossible");
    }

    static List<Path> sampleFilters() {
        return Samples.filterFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFilters")
    void everySampleFilterPastesIntoRowsThatWriteItBack(Path file) throws Exception {
        String sample = java.nio.file.Files.readString(file);

        assertEquals(Optional.empty(), vm.pasteJson(sample));

        JsonNode tree = Json.mapper().readTree(sample);
        int expectedRows = tree.isArray()
                ? tree.size()
                : tree.has("filters") ? tree.get("filters").size() : 1;
        assertEquals(expectedRows, vm.rows().size());
        String written = FilterJson.write(vm.builtFilter().orElseThrow());
        assertEquals(written, vm.showJson(), "pasting applies");
        assertJsonEquals(documentedForm(tree), written);
    }

    /** The documented object form of a sample: a lone condition is an AND of one; the segment form is rewritten. */
    private static String documentedForm(JsonNode sample) {
        if (sample.isArray()) {
            // the segment sample: cls dropped, "30" read as a number, the missing unit is days
            assertEquals(1, sample.size());
            return "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\","
                    + "\"value\":{\"value\":30,\"unit\":\"days\"}}]}";
        }
        return sample.has("filters") ? sample.toString() : "{\"type\":\"and\",\"filters\":[" + sample + "]}";
    }

    @Test
    void aMalformedPasteNamesTheErrorAndKeepsTheRows() {
        vm.load(Filter.or(Conditions.known("$name"), Conditions.number("$sessions", Operator.GT, 3)));
        List<FilterRowViewModel> rows = List.copyOf(vm.rows());
        Filter applied = vm.getAppliedFilter();

        for (String bad : List.of(
                "{\"type\": \"and\", \"filters\": [",
                "{\"type\":\"xor\",\"filters\":[]}",
                "{\"type\":\"and\",\"filters\":[{\"type\":\"or\",\"filters\":[]}]}",
                "{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{\"value\":\"many\"}}",
                "")) {
            Optional<String> error = vm.pasteJson(bad);
            assertTrue(error.isPresent() && !error.get().isBlank(), bad);
            assertEquals(rows, vm.rows());
            assertSame(applied, vm.getAppliedFilter());
            assertEquals(Junction.OR, vm.junctionProperty().get());
        }
        assertTrue(vm.pasteJson("{\"type\":\"and\",\"filters\":[{\"type\":\"or\",\"filters\":[]}]}")
                .orElseThrow()
                .contains("nested group"));
    }

    @Test
    void rowsAreMovedAndRemoved() {
        vm.load(Filter.and(
                Conditions.known("$name"),
                Conditions.text("$email", Operator.STR_CONTAINS, "acme"),
                Conditions.number("$sessions", Operator.GT, 3),
                Conditions.text("$email", Operator.STR_CONTAINS, "other")));
        FilterRowViewModel name = vm.rows().get(0);
        FilterRowViewModel email = vm.rows().get(1);
        FilterRowViewModel sessions = vm.rows().get(2);
        FilterRowViewModel other = vm.rows().get(3);

        assertTrue(vm.moveUp(other));
        assertEquals(List.of(name, email, other, sessions), vm.rows());
        assertFalse(vm.moveUp(name));
        assertFalse(vm.moveDown(sessions));
        assertTrue(vm.moveDown(name));
        assertEquals(List.of(email, name, other, sessions), vm.rows());
        assertEquals(0, vm.pendingChangesProperty().get(), "moving changes nothing the list shows");

        vm.remove(name);
        assertEquals(List.of(email, other, sessions), vm.rows());
        Filter applied = vm.getAppliedFilter();
        assertEquals(4, applied.conditions().size(), "edits apply only on Apply");
        assertEquals(1, vm.pendingChangesProperty().get());

        assertTrue(vm.apply());
        assertEquals(
                Filter.and(
                        Conditions.text("$email", Operator.STR_CONTAINS, "acme"),
                        Conditions.text("$email", Operator.STR_CONTAINS, "other"),
                        Conditions.number("$sessions", Operator.GT, 3)),
                vm.getAppliedFilter());
    }

    @Test
    void editsNotAppliedAreCountedUntilApplyAndNamedOnTheButton() {
        vm.load(Filter.and(Conditions.known("$name"), Conditions.number("$sessions", Operator.GT, 3)));
        assertEquals(0, vm.pendingChangesProperty().get());
        assertEquals("Appl_y", vm.applyTextProperty().get());
        FilterRowViewModel sessions = vm.rows().get(1);

        sessions.valueProperty().set("5");
        assertEquals(1, vm.pendingChangesProperty().get());
        assertTrue(vm.isPending(sessions));
        assertFalse(vm.isPending(vm.rows().get(0)));
        FilterRowViewModel city = vm.addCondition();
        assertEquals(2, vm.pendingChangesProperty().get(), "a row added, even unfinished, is a change");
        assertEquals("Appl_y · 2 changes", vm.applyTextProperty().get());
        vm.setJunction(Junction.OR);
        assertEquals(3, vm.pendingChangesProperty().get());

        sessions.valueProperty().set("3");
        vm.setJunction(Junction.AND);
        vm.discardIfBlank(city);
        assertEquals(0, vm.pendingChangesProperty().get(), "undone by hand: nothing left to apply");

        sessions.valueProperty().set("7");
        assertTrue(vm.apply());
        assertEquals(0, vm.pendingChangesProperty().get());
        assertEquals("Appl_y", vm.applyTextProperty().get());
    }

    @Test
    void errorsShowOnlyOnceTheirFieldWasLeftOrApplyPressed() {
        FilterRowViewModel row = vm.addCondition();
        assertEquals("Choose a property", row.errorProperty().get());
        assertEquals("", row.shownErrorProperty().get(), "nothing typed yet: no error shown");

        row.propertyLeft();
        assertEquals("Choose a property", row.shownPropertyErrorProperty().get());
        row.propertyProperty().set(catalog.resolve("Sessions"));
        row.valueProperty().set("abc");
        assertEquals("", row.shownValueErrorProperty().get(), "still typing");
        assertEquals("", row.shownErrorProperty().get());

        FilterRowViewModel other = vm.addCondition();
        other.propertyProperty().set(catalog.resolve("City"));
        other.valueProperty().set("Berlin");
        assertFalse(vm.apply());
        assertEquals("\"abc\" is not a number", row.shownErrorProperty().get());
        assertEquals("", other.shownErrorProperty().get(), "only the faulty row is marked");

        row.valueProperty().set("4");
        assertEquals("", row.shownErrorProperty().get());
        assertTrue(vm.apply());
    }

    @Test
    void theJunctionAppliesWithApply() {
        vm.load(Filter.and(Conditions.known("$name"), Conditions.known("$email")));
        vm.setJunction(Junction.OR);
        assertEquals(Junction.AND, vm.getAppliedFilter().junction());
        vm.apply();
        assertEquals(Filter.or(Conditions.known("$name"), Conditions.known("$email")), vm.getAppliedFilter());
    }

    @Test
    void clearAllAppliesAllLeadsAtOnce() {
        vm.load(Filter.or(Conditions.known("$name"), Conditions.known("$email")));
        vm.quickSearchProperty().set("maks");
        vm.clearAll();
        assertTrue(vm.rows().isEmpty());
        assertEquals("", vm.quickSearchProperty().get());
        assertEquals(Filter.all(), vm.getAppliedFilter());
        assertEquals("{\"type\":\"and\",\"filters\":[]}", vm.showJson());
        assertFalse(debouncer.hasPending());
    }

    @Test
    void clearAllIsUndoneWithWhatWasAppliedAndWhatWasNot() {
        Filter applied = Filter.and(Conditions.known("$name"), Conditions.number("$sessions", Operator.GT, 3));
        vm.load(applied);
        vm.quickSearchProperty().set("maks");
        debouncer.elapse();
        FilterGroups before = vm.getAppliedGroups();
        vm.rows().get(1).valueProperty().set("9"); // an edit not applied yet
        List<FilterRowViewModel> rows = List.copyOf(vm.rows());

        vm.clearAll();
        assertTrue(vm.canUndoClearProperty().get());
        assertEquals(FilterGroups.all(), vm.getAppliedGroups());
        assertEquals("All conditions cleared.", vm.messageProperty().get());

        assertTrue(vm.undoClear());
        assertEquals(rows, vm.rows());
        assertEquals("maks", vm.quickSearchProperty().get());
        assertEquals(before, vm.getAppliedGroups(), "what was applied is applied again");
        assertEquals(1, vm.pendingChangesProperty().get(), "the edit is still marked as not applied");
        assertFalse(vm.canUndoClearProperty().get());
        assertFalse(vm.undoClear(), "once");

        vm.clearAll();
        assertTrue(vm.addConditionAndApply(Conditions.known("$email")));
        assertFalse(vm.undoClear(), "a later apply makes the undo stale");
        assertEquals(Filter.and(Conditions.known("$email")), vm.getAppliedFilter());
    }

    @Test
    void loadRebuildsTheRowsAndApplies() {
        Filter saved = Filter.or(
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 3, DateUnit.WEEKS),
                Conditions.range("$sessions", 1, 9));
        vm.load(saved);
        assertEquals(saved, vm.getAppliedFilter());
        assertEquals(Junction.OR, vm.junctionProperty().get());
        assertEquals("Last seen", vm.rows().get(0).propertyProperty().get().label());
        assertEquals(DateUnit.WEEKS, vm.rows().get(0).unitProperty().get());
        assertEquals("9", vm.rows().get(1).valueToProperty().get());
        assertEquals(Optional.of(saved), vm.builtFilter());
    }

    @Test
    void aSegmentIsAppliedByLoadingItsOwnFilter() {
        vm.loadSegment(
                new Segment(
                        "732",
                        "segment-reg",
                        "[{\"property_name\":\"$last_seen\",\"cls\":\"dt\",\"type\":\"daysless\",\"value\":{\"value\":\"30\"}}]"));
        assertEquals(
                Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS)),
                vm.getAppliedFilter());
        assertTrue(vm.messageProperty().get().contains("segment-reg"));

        vm.loadSegment(new Segment("9", "broken", "[{\"type\":\"nope\"}]"));
        assertEquals(1, vm.rows().size(), "an unreadable segment changes nothing");
        assertTrue(vm.messageProperty().get().startsWith("The filter of segment \"broken\" cannot be read"));
    }

    @Test
    void quickSearchAppliesOnlyOnceTypingPausesAndLooksInNameEmailAndPhoneBesideTheRows() {
        vm.load(Filter.and(Conditions.known("$email")));
        vm.quickSearchProperty().set("m");
        vm.quickSearchProperty().set("ma");
        vm.quickSearchProperty().set("maks");
        assertEquals(Filter.and(Conditions.known("$email")), vm.getAppliedFilter(), "still typing");
        assertTrue(debouncer.hasPending());

        debouncer.elapse();

        assertEquals(
                new FilterGroups(List.of(
                        Filter.and(Conditions.known("$email"), Conditions.text("$name", Operator.STR_CONTAINS, "maks")),
                        Filter.and(
                                Conditions.known("$email"), Conditions.text("$email", Operator.STR_CONTAINS, "maks")))),
                vm.getAppliedGroups());
        assertEquals("", vm.quickSearchNoteProperty().get());
    }

    @Test
    void quickSearchAloneLooksInNameAndEmail() {
        FilterPanelViewModel immediate = new FilterPanelViewModel(catalog, new ImmediateDebouncer());
        immediate.quickSearchProperty().set("gmail");
        assertEquals(
                Filter.or(
                        Conditions.text("$name", Operator.STR_CONTAINS, "gmail"),
                        Conditions.text("$email", Operator.STR_CONTAINS, "gmail")),
                immediate.getAppliedFilter());
        assertEquals("", immediate.quickSearchNoteProperty().get());
    }

    @Test
    void quickSearchLeavesOutOnlyThePropertiesThatCannotHoldTheText() {
        assertEquals(
                List.of(Conditions.text("$email", Operator.STR_CONTAINS, "maks@gmail")),
                QuickSearch.conditions(" maks@gmail "));
        assertEquals(List.of("$name", "$phone"), QuickSearch.propertiesFor("+7 (999) 123-45"));
        assertEquals(List.of("$name", "$email", "$phone"), QuickSearch.propertiesFor("5551"));
        assertEquals(List.of("$name", "$email"), QuickSearch.propertiesFor("R2D2"));
        assertEquals(List.of("$name"), QuickSearch.propertiesFor("jana smith"));
        assertEquals(List.of(), QuickSearch.conditions("   "));
    }

    @Test
    void quickSearchBesideAnOrGroupSpreadsOverItsConditionsOrRunsAloneAndSaysSo() {
        FilterPanelViewModel immediate = new FilterPanelViewModel(catalog, new ImmediateDebouncer());
        immediate.load(Filter.or(Conditions.known("$name"), Conditions.known("$email")));
        immediate.quickSearchProperty().set("555 12");
        assertEquals(
                new FilterGroups(List.of(
                        Filter.and(
                                Conditions.known("$name"), Conditions.text("$name", Operator.STR_CONTAINS, "555 12")),
                        Filter.and(
                                Conditions.known("$name"), Conditions.text("$phone", Operator.STR_CONTAINS, "555 12")),
                        Filter.and(
                                Conditions.known("$email"), Conditions.text("$name", Operator.STR_CONTAINS, "555 12")),
                        Filter.and(
                                Conditions.known("$email"),
                                Conditions.text("$phone", Operator.STR_CONTAINS, "555 12")))),
                immediate.getAppliedGroups());
        assertEquals("", immediate.quickSearchNoteProperty().get());

        immediate.load(Filter.or(Conditions.known("$name"), Conditions.known("$email"), Conditions.known("$phone")));
        immediate.quickSearchProperty().set("maks");
        assertEquals(
                Filter.or(
                        Conditions.text("$name", Operator.STR_CONTAINS, "maks"),
                        Conditions.text("$email", Operator.STR_CONTAINS, "maks")),
                immediate.getAppliedFilter(),
                "six lists would be too many: the search runs alone");
        assertTrue(immediate.quickSearchNoteProperty().get().contains("on its own"));
    }

    @Test
    void applyTakesTheQuickSearchAtOnce() {
        vm.quickSearchProperty().set("a@b");
        assertTrue(vm.apply());
        assertFalse(debouncer.hasPending(), "the pending search is superseded");
        assertEquals(Filter.and(Conditions.text("$email", Operator.STR_CONTAINS, "a@b")), vm.getAppliedFilter());
    }

    private static void assertJsonEquals(String expected, String actual) {
        try {
            JsonNode want = Json.mapper().readTree(expected);
            JsonNode got = Json.mapper().readTree(actual);
            assertTrue(want.equals(FilterPanelViewModelTest::compareJson, got), expected + " vs " + actual);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Numbers compare by value (5 equals 5.0), everything else structurally. */
    private static int compareJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }
}
