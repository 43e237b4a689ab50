package app.leadbrowser.reliability;

import static app.leadbrowser.reliability.Readable.assertReadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The leads table (synchronous runner) against the sandbox, through the faulty proxy where an answer is bad. */
class TableAgainstHostileAnswersTest {
    static SandboxServer sandbox;
    static FaultyProxy proxy;
    static DashlyClient client;

    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final SyncTaskRunner runner = new SyncTaskRunner();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(200));
        proxy = new FaultyProxy(sandbox);
        client = proxy.client(RetryPolicy.none(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        proxy.close();
        sandbox.close();
    }

    private LeadTableViewModel table() {
        return new LeadTableViewModel(client, runner, TimeTexts.system(), new LeadSelection(), clipboard);
    }

    /** Each seed breaks another lead's id another way (null, missing, blank, wrong type, another lead's…). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aPageWithABadIdKeepsThePreviousRowsAndStopsTheSpinner(long seed) {
        LeadTableViewModel vm = table();
        proxy.script(List.of(), seed);
        vm.refresh();
        runner.deliverAll();
        List<LeadRowViewModel> before = new ArrayList<>(vm.getRows());
        assertFalse(before.isEmpty());

        proxy.script(List.of(ResponseFault.BAD_IDS), seed);
        vm.refresh();
        runner.deliverAll();

        assertEquals(List.of(ResponseFault.BAD_IDS), proxy.served().subList(0, 1));
        assertFalse(vm.listing().isLoading(), "the spinner still turns");
        assertReadable(vm.listing().errorMessageProperty().get());
        assertEquals(before.size(), vm.getRows().size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), vm.getRows().get(i), "the rows shown were replaced");
        }
    }

    @Test
    void copyRowGuardsAFormulaAVisitorPutInALead() throws Exception {
        String formula = "=SUM(7)+1";
        createLeadWithUserId(formula);
        LeadTableViewModel vm = table();
        proxy.script(List.of(), 1);
        vm.columns().addColumn("$user_id");
        vm.setFilter(Filter.and(Conditions.text("$user_id", Operator.STR_EQ, formula)));
        runner.deliverAll();
        LeadRowViewModel row = vm.getRows().stream()
                .filter(r -> formula.equals(r.summary().prop("$user_id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the new lead is not listed"));

        vm.copyRow(row);

        List<String> cells = List.of(clipboard.last().split("\t", -1));
        assertTrue(cells.contains("'" + formula), clipboard.last());
        assertFalse(cells.contains(formula), clipboard.last());
    }

    /** What the tracking script does for a new visitor: Dashly creates the lead with this User ID. */
    private static void createLeadWithUserId(String userId) throws Exception {
        String path =
                "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + path + "?by_user_id=true&id_as_string=true"))
                .header("Authorization", "Token " + sandbox.token())
                .GET()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }
}
