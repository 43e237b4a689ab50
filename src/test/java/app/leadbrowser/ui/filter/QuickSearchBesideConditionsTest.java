package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepCursor;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.ImmediateDebouncer;
import app.leadbrowser.ui.common.SandboxClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quick search means name OR email OR phone contains the text, beside conditions too: the builder's filter, listed
 * from the sandbox as the table lists it (one request per group, merged), holds exactly the leads that pass the
 * conditions and have the text in one of the three, counted here from every lead of the workspace.
 */
class QuickSearchBesideConditionsTest {
    static SandboxServer sandbox;
    static DashlyClient client;

    private final FilterPanelViewModel vm = new FilterPanelViewModel(new PropertyCatalog(), new ImmediateDebouncer());

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(1_500));
        client = SandboxClients.withoutRetries(sandbox);
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void gmailBesideAConditionFindsTheLeadsWithGmailInTheirEmail() throws ApiException {
        vm.load(Filter.and(Conditions.number("$sessions", Operator.GT, 5)));
        vm.quickSearchProperty().set("gmail");

        List<String> expected = ids(lead -> sessions(lead) > 5 && holds(lead, "gmail"));
        assertTrue(expected.size() > 50, "enough leads to tell: " + expected.size());
        assertEquals(
                ids(lead -> sessions(lead) > 5 && text(lead, "$email").contains("gmail")),
                expected,
                "the leads with gmail in their email");
        assertEquals(expected, listed(vm.getAppliedGroups()));
    }

    @Test
    void aNameBesideAnOrOfTwoConditionsIsFoundInEither() throws ApiException {
        vm.load(Filter.or(
                Conditions.text("$city", Operator.STR_EQ, "Berlin"), Conditions.number("$sessions", Operator.GT, 40)));
        vm.quickSearchProperty().set("an");

        List<String> expected = ids(
                lead -> ("Berlin".equalsIgnoreCase(text(lead, "$city")) || sessions(lead) > 40) && holds(lead, "an"));
        assertTrue(expected.size() > 20, "enough leads to tell: " + expected.size());
        assertEquals(expected, listed(vm.getAppliedGroups()));
        assertEquals("", vm.quickSearchNoteProperty().get());
    }

    /** The ids of every lead of the filter, as the table lists a combined filter: one listing per group, merged. */
    private static List<String> listed(FilterGroups groups) throws ApiException {
        return leads(groups).stream().map(LeadSummary::id).toList();
    }

    /** The ids of the workspace's leads that pass {@code test}, in the server's order (last seen first). */
    private static List<String> ids(Predicate<LeadSummary> test) throws ApiException {
        return leads(FilterGroups.all()).stream()
                .filter(test)
                .map(LeadSummary::id)
                .toList();
    }

    private static List<LeadSummary> leads(FilterGroups groups) throws ApiException {
        try (DeepCursor cursor = DeepListing.of(client, groups, LeadQuery.defaults()).stream()) {
            List<LeadSummary> leads = new ArrayList<>();
            for (LeadSummary lead = cursor.next(); lead != null; lead = cursor.next()) {
                leads.add(lead);
            }
            return leads;
        }
    }

    private static boolean holds(LeadSummary lead, String text) {
        return List.of("$name", "$email", "$phone").stream()
                .anyMatch(key -> text(lead, key).contains(text));
    }

    private static String text(LeadSummary lead, String key) {
        Object value = lead.prop(key);
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
    }

    private static long sessions(LeadSummary lead) {
        Object value = lead.prop("$sessions");
        return value == null ? 0 : new BigDecimal(value.toString()).longValue();
    }
}
