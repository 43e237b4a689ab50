package app.leadbrowser.reliability;

import static app.leadbrowser.reliability.Readable.assertReadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.card.LeadCardTabs;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The table's and the card's ViewModels (synchronous runner, client without retries so each command meets its
 * scripted answer) through random commands, each answered by a random fault or the sandbox: after a fault the
 * ViewModel is idle with a readable message and the rows it showed; the next good answer is shown as the
 * sandbox gives it for the query the ViewModel asked.
 */
class ViewModelFaultProperties {
    final SyncTaskRunner sync = new SyncTaskRunner();

    static SandboxServer sandbox;
    static FaultyProxy proxy;
    static DashlyClient direct;
    static DashlyClient throughProxy;

    /** A table command and the answer its request gets ({@code null}: the sandbox's own). */
    record Step(Consumer<LeadTableViewModel> command, String name, ResponseFault answer) {
        @Override
        public String toString() {
            return name + "→" + (answer == null ? "OK" : answer);
        }
    }

    static SuiteFigures figures;

    @BeforeContainer
    static void start() throws Exception {
        figures = new SuiteFigures("ViewModelFaultProperties");
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(500));
        proxy = new FaultyProxy(sandbox);
        proxy.warmUp();
        direct = new DashlyClient(ClientConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.token()));
        throughProxy = proxy.client(RetryPolicy.none());
    }

    @AfterContainer
    static void stop() throws Exception {
        figures.print();
        throughProxy.close();
        direct.close();
        proxy.close();
        sandbox.close();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<ResponseFault> answer = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(ResponseFault.class)));
        Arbitrary<Integer> command = Arbitraries.integers().between(0, 6);
        return Combinators.combine(command, answer, Arbitraries.of("$last_seen", "$name", "$score"))
                .as(ViewModelFaultProperties::step)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }

    private static Step step(int command, ResponseFault answer, String property) {
        switch (command) {
            case 0:
                return new Step(LeadTableViewModel::refresh, "refresh", answer);
            case 1:
                return new Step(LeadTableViewModel::refresh, "refresh again", answer);
            case 2:
                return new Step(LeadTableViewModel::nextPage, "next", answer);
            case 3:
                return new Step(LeadTableViewModel::previousPage, "previous", answer);
            case 4:
                return new Step(vm -> vm.sortBy(property), "sort " + property, answer);
            case 5:
                return new Step(
                        vm -> vm.setPageSize(vm.listing().pageSizeProperty().get() == 20 ? 10 : 20), "size", answer);
            default:
                return new Step(vm -> vm.setSort("$last_seen", SortOrder.ASC), "oldest first", answer);
        }
    }

    @Property(tries = 150, seed = "20240603", shrinking = ShrinkingMode.OFF)
    void theTableSurvivesEveryFaultAndShowsTheNextGoodAnswer(@ForAll("steps") List<Step> steps, @ForAll long seed)
            throws Exception {
        figures.tryStarted();
        LeadTableViewModel vm = new LeadTableViewModel(
                throughProxy, sync, TimeTexts.system(), new LeadSelection(), new RecordingClipboard());
        proxy.script(List.of(), seed);
        vm.refresh();
        sync.deliverAll();
        assertShowsTheSandboxAnswer(vm, "first load");

        for (Step step : steps) {
            List<LeadRowViewModel> before = new ArrayList<>(vm.getRows());
            String rangeBefore = vm.rangeTextProperty().get();
            proxy.script(step.answer() == null ? List.of() : List.of(step.answer()), seed);
            step.command().accept(vm);
            sync.deliverAll();
            List<ResponseFault> served = proxy.served();

            assertFalse(vm.listing().isLoading(), step.toString());
            boolean failed = !vm.listing().errorMessageProperty().get().isEmpty();
            if (failed) {
                assertReadable(vm.listing().errorMessageProperty().get());
                assertFalse(served.isEmpty() || served.get(0) == null, "a good answer failed: " + step);
                assertEquals(before.size(), vm.getRows().size(), step.toString());
                for (int i = 0; i < before.size(); i++) {
                    assertSame(before.get(i), vm.getRows().get(i), step + ": the rows shown were replaced");
                }
                assertEquals(rangeBefore, vm.rangeTextProperty().get(), step.toString());
                proxy.script(List.of(), seed);
                vm.refresh();
                sync.deliverAll();
                assertShowsTheSandboxAnswer(vm, "retry after " + step);
            } else if (!served.isEmpty() && served.get(0) == null) {
                assertShowsTheSandboxAnswer(vm, step.toString());
            }
        }
        figures.tryPassed();
    }

    /** The rows are the sandbox's answer to the query the table shows (straight from the sandbox). */
    private static void assertShowsTheSandboxAnswer(LeadTableViewModel vm, String when) throws Exception {
        assertEquals("", vm.listing().errorMessageProperty().get(), when);
        int size = vm.listing().pageSizeProperty().get();
        LeadQuery query = LeadQuery.defaults()
                .withFilter(vm.filterProperty().get())
                .withSort(
                        vm.listing().sortPropProperty().get(),
                        vm.listing().sortOrderProperty().get())
                .withLimit(size)
                .withOffset(vm.getPageIndex() * size);
        List<String> expected = direct.listLeads(query).execute().leads().stream()
                .map(LeadSummary::id)
                .collect(Collectors.toList());
        List<String> shown =
                vm.getRows().stream().map(row -> row.summary().id()).collect(Collectors.toList());
        assertEquals(expected, shown, when);
    }

    @Provide
    Arbitrary<List<ResponseFault>> cardAnswers() {
        return Arbitraries.of(ResponseFault.class)
                .injectNull(0.3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Property(tries = 100, seed = "20240604", shrinking = ShrinkingMode.OFF)
    void theCardSurvivesEveryFaultAndRetryLoadsIt(@ForAll("cardAnswers") List<ResponseFault> answers, @ForAll long seed)
            throws Exception {
        figures.tryStarted();
        LeadSelection selection = new LeadSelection();
        LeadCardViewModel card = new LeadCardViewModel(
                throughProxy,
                sync,
                TimeTexts.system(),
                new RecordingClipboard(),
                url -> {},
                selection,
                LeadCardTabs.of(throughProxy, sync, TimeTexts.system()));
        List<LeadSummary> leads =
                direct.listLeads(LeadQuery.defaults()).execute().leads();
        int i = 0;
        for (ResponseFault answer : answers) {
            LeadSummary lead = leads.get(Math.floorMod(seed + i++, leads.size()));
            proxy.script(answer == null ? List.of() : List.of(answer), seed);
            selection.select(lead);
            sync.deliverAll();
            if (card.stateProperty().get() == LeadCardViewModel.State.FAILED) {
                assertTrue(
                        answer != null,
                        "a good answer failed: " + card.errorMessageProperty().get());
                assertReadable(card.errorMessageProperty().get());
                assertEquals("", card.idTextProperty().get());
                proxy.script(List.of(), seed);
                card.retry();
                sync.deliverAll();
            }
            assertEquals(LeadCardViewModel.State.LOADED, card.stateProperty().get(), String.valueOf(answer));
            if (answer == null || !answer.mayDecode()) {
                assertEquals(lead.id(), card.idTextProperty().get());
                assertEquals("", card.errorMessageProperty().get());
            }
        }
        figures.tryPassed();
    }
}
