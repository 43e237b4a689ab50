package app.leadbrowser.reliability;

import static app.leadbrowser.reliability.Readable.assertReadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.ImmediateDebouncer;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.filter.FilterPanelViewModel;
import app.leadbrowser.ui.filter.FilterRowViewModel;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in the filter builder, wired as the window wires it (the applied filter drives a real
 * {@link LeadTableViewModel} on a sandbox): every invalid value is flagged on its own field, Apply is refused,
 * and not one request reaches the sandbox. A bad pasted filters JSON is refused with its reason and changes
 * nothing already built or applied.
 */
class FilterBadInputTest {
    final SyncTaskRunner runner = new SyncTaskRunner();

    private static final Filter APPLIED = Filter.and(Conditions.number("$sessions", Operator.GT, 1));

    private static SandboxServer sandbox;
    private LeadTableViewModel table;
    private FilterPanelViewModel panel;
    private FilterRowViewModel goodRow;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(300));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void applyAGoodFilter() {
        table = new LeadTableViewModel(
                SandboxClients.withoutRetries(sandbox),
                runner,
                TimeTexts.system(),
                new LeadSelection(),
                new RecordingClipboard());
        panel = new FilterPanelViewModel(new PropertyCatalog(), new ImmediateDebouncer());
        panel.appliedFilterProperty().addListener((obs, old, filter) -> table.setFilter(filter));
        panel.load(APPLIED);
        runner.deliverAll();
        goodRow = panel.rows().get(0);
        assertEquals(APPLIED, table.filterProperty().get());
        assertFalse(table.getRows().isEmpty(), "the good filter's rows are shown");
        sandbox.requests().clear();
    }

    /** One invalid row: how to fill it, and which of its fields must carry the error. */
    record BadRow(String what, Consumer<FilterRowViewModel> fill) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad("number: not numeric", "$sessions", Operator.GT, "abc", null, Field.VALUE),
                bad("number: empty", "$sessions", Operator.LT, "", null, Field.VALUE),
                bad("number: blank", "$sessions", Operator.EQ, "   ", null, Field.VALUE),
                bad("number: decimal comma", "$sessions", Operator.GT, "1,5", null, Field.VALUE),
                bad("number: NaN", "$sessions", Operator.GT, "NaN", null, Field.VALUE),
                bad("number: Infinity", "$sessions", Operator.GT, "Infinity", null, Field.VALUE),
                bad("range: from not numeric", "$sessions", Operator.RANGE, "x", "5", Field.VALUE),
                bad("range: to not numeric", "$sessions", Operator.RANGE, "1", "y", Field.TO),
                bad("range: to empty", "$sessions", Operator.RANGE, "1", "", Field.TO),
                bad("range: from empty", "$sessions", Operator.RANGE, "", "5", Field.VALUE),
                bad("range: from above to", "$sessions", Operator.RANGE, "9", "2", Field.TO),
                bad("days: negative", "$last_seen", Operator.DAYSLESS, "-1", null, Field.VALUE),
                bad("days: fractional", "$last_seen", Operator.DAYSMORE, "1.5", null, Field.VALUE),
                bad("days: empty", "$last_seen", Operator.DAYSLESS_OR_UNKNOWN, "", null, Field.VALUE),
                bad("days: not numeric", "$last_seen", Operator.DAYSMORE_OR_UNKNOWN, "ten", null, Field.VALUE),
                bad("days: past a long", "$last_seen", Operator.DAYSLESS, "99999999999999999999", null, Field.VALUE),
                bad("text: empty", "$city", Operator.STR_EQ, "", null, Field.VALUE),
                bad("text: blank", "$city", Operator.STR_CONTAINS, "  \t ", null, Field.VALUE),
                bad("list item: empty", "$segments", Operator.LCONTAINS, "", null, Field.VALUE),
                bad("list item: blank", "$segments", Operator.LCONTAINS, "   ", null, Field.VALUE),
                bad("property: none chosen", null, null, "3", null, Field.PROPERTY),
                bad("property: blank name typed", "   ", Operator.GT, "3", null, Field.PROPERTY));
    }

    enum Field {
        PROPERTY,
        VALUE,
        TO
    }

    private static Arguments bad(String what, String property, Operator op, String value, String to, Field field) {
        return Arguments.of(new BadRow(what, row -> fill(row, property, op, value, to)), field);
    }

    private static void fill(FilterRowViewModel row, String property, Operator op, String value, String to) {
        if (property != null) {
            row.propertyProperty().set(new PropertyCatalog().resolve(property));
        }
        if (op != null) {
            row.operatorProperty().set(op);
        }
        row.valueProperty().set(value);
        if (to != null) {
            row.valueToProperty().set(to);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void anInvalidValueIsFlaggedOnItsFieldAndNothingIsSent(BadRow bad, Field field) {
        FilterRowViewModel row = panel.addCondition();
        bad.fill().accept(row);

        assertFalse(row.isValid(), bad.what());
        assertTrue(row.condition().isEmpty());
        assertReadable(row.errorProperty().get());
        assertEquals(row.errorProperty().get(), errorOf(row, field), "the error is on the " + field + " field");
        assertFalse(panel.canApplyProperty().get(), "Apply is disabled");
        assertTrue(goodRow.isValid(), "the other row is not blamed");

        assertFalse(panel.apply(), "Apply refuses");
        assertReadable(panel.messageProperty().get());
        assertEquals(APPLIED, panel.getAppliedFilter(), "the applied filter is unchanged");
        assertEquals(APPLIED, table.filterProperty().get());
        assertEquals(List.of(), sandbox.requests().all(), "no request was sent");
    }

    private static String errorOf(FilterRowViewModel row, Field field) {
        return switch (field) {
            case PROPERTY -> row.propertyErrorProperty().get();
            case VALUE -> row.valueErrorProperty().get();
            case TO -> row.valueToErrorProperty().get();
        };
    }

    @Test
    void fixingTheValueAppliesAndSendsExactlyOneRequest() {
        FilterRowViewModel row = panel.addCondition();
        fill(row, "$last_seen", Operator.DAYSLESS, "-3", null);
        assertFalse(panel.apply());
        assertEquals(0, sandbox.requests().count());

        row.valueProperty().set("3");
        row.unitProperty().set(DateUnit.DAYS);
        assertTrue(panel.canApplyProperty().get());
        assertTrue(panel.apply());
        long firstPages = sandbox.requests().all().stream()
                .filter(r -> r.params().getOrDefault("offset", "0").equals("0"))
                .count();
        assertEquals(1, firstPages, "the fixed filter is sent once (its next page may be prefetched besides)");
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("malformed", "{\"type\":\"and\",\"filters\":[", "not valid JSON"),
                Arguments.of("empty", "   ", "empty"),
                Arguments.of("not JSON at all", "sessions > 3", "not valid JSON"),
                Arguments.of("a number", "42", "must be an object or an array"),
                Arguments.of(
                        "nested group",
                        """
                        {"type":"and","filters":[{"type":"or","filters":[
                          {"property_name":"$email","type":"known","value":{}}]}]}""",
                        "nested group"),
                Arguments.of(
                        "unknown operator",
                        """
                        {"type":"and","filters":[{"property_name":"$name","type":"regex","value":{"value":"^A"}}]}""",
                        "unknown type \"regex\""),
                Arguments.of(
                        "unknown junction",
                        """
                        {"type":"xor","filters":[{"property_name":"$email","type":"known","value":{}}]}""",
                        "xor"),
                Arguments.of(
                        "wrong value type",
                        """
                        {"type":"and","filters":[{"property_name":"$sessions","type":"gt","value":{"value":"many"}}]}""",
                        "must be a number"),
                Arguments.of(
                        "negative count",
                        """
                        {"type":"and","filters":[{"property_name":"$last_seen","type":"daysless",
                          "value":{"value":-2,"units":"days"}}]}""",
                        "negative"),
                Arguments.of(
                        "no property name",
                        """
                        {"type":"and","filters":[{"property_name":" ","type":"known","value":{}}]}""",
                        "property_name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void aBadPastedJsonIsRefusedWithItsReasonAndChangesNothing(String what, String json, String reason) {
        FilterRowViewModel unapplied = panel.addCondition();
        fill(unapplied, "$city", Operator.STR_EQ, "Berlin", null);
        List<FilterRowViewModel> built = List.copyOf(panel.rows());

        String error = panel.pasteJson(json).orElseThrow(() -> new AssertionError(what + " was accepted"));

        assertTrue(error.contains(reason), "the reason is given: " + error);
        assertReadable(error);
        assertEquals(built, panel.rows(), "the rows already built are kept");
        assertEquals("Berlin", unapplied.valueProperty().get());
        assertEquals(APPLIED, panel.getAppliedFilter(), "the applied filter is unchanged");
        assertEquals(APPLIED, table.filterProperty().get());
        assertEquals(List.of(), sandbox.requests().all(), "no request was sent");
    }
}
