package app.leadbrowser.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 1,000 rapid filter, sort and page changes against a sandbox with 0–30 ms of random latency, with four worker
 * threads and one "UI" thread that runs the commands and gets every result, cancelled or not (as results already
 * queued for the FX thread would). Every time the table shows a page, it must be the sandbox's answer to the
 * last request; any other page shown is a stale overwrite.
 */
class StaleResultsTest {
    private static final int CHANGES = 1_000;

    /** What the test asked for last: the query the table must show. */
    record Asked(Filter filter, String sortProp, SortOrder order, int page) {
        LeadQuery query() {
            return LeadQuery.defaults()
                    .withFilter(filter)
                    .withSort(sortProp, order)
                    .withOffset(page * 20);
        }
    }

    /** A page the table showed, and what was asked last at that moment. */
    record Shown(Asked asked, List<String> ids) {}

    @Test
    void theTableAlwaysShowsTheAnswerToTheLastRequest() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try (SandboxServer sandbox = SandboxServer.start(
                        SandboxOptions.defaults().withLeads(2_000).withLatency(Duration.ZERO, Duration.ofMillis(30)));
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.token()))) {
            List<Filter> filters = List.of(
                    Filter.all(),
                    Filter.and(Conditions.known("$email")),
                    Filter.and(Conditions.number("$sessions", Operator.GT, 1)),
                    Filter.or(Conditions.known("$phone"), Conditions.known("$email")));
            List<String> sorts = List.of("$last_seen", "$name", "$sessions", "$email");
            LeadTableViewModel vm = new LeadTableViewModel(
                    client,
                    new TwoThreadRunner(workers, ui),
                    TimeTexts.system(),
                    new LeadSelection(),
                    new RecordingClipboard());

            List<Shown> shown = new ArrayList<>();
            Asked[] asked = {new Asked(Filter.all(), LeadQuery.DEFAULT_SORT_PROP, SortOrder.DESC, 0)};
            ui.submit(() -> {
                        vm.listing()
                                .lastLoadedAtProperty()
                                .addListener((obs, old, now) -> shown.add(new Shown(asked[0], ids(vm))));
                        vm.refresh();
                    })
                    .get();
            waitUntilIdle(ui, vm); // as a person can: paging is offered once the first page (and its total) is in
            Random random = new Random(42);
            long start = System.nanoTime();
            for (int i = 0; i < CHANGES; i++) {
                int kind = random.nextInt(3);
                Filter filter = filters.get(random.nextInt(filters.size()));
                String sort = sorts.get(random.nextInt(sorts.size()));
                SortOrder order = random.nextBoolean() ? SortOrder.ASC : SortOrder.DESC;
                int page = random.nextInt(5);
                ui.submit(() -> {
                    Asked was = asked[0];
                    // the same filter or sort again changes nothing (the page stays)
                    if (kind == 0) {
                        asked[0] =
                                filter.equals(was.filter()) ? was : new Asked(filter, was.sortProp(), was.order(), 0);
                        vm.setFilter(filter);
                    } else if (kind == 1) {
                        asked[0] = sort.equals(was.sortProp()) && order == was.order()
                                ? was
                                : new Asked(was.filter(), sort, order, 0);
                        vm.setSort(sort, order);
                    } else {
                        asked[0] = new Asked(was.filter(), was.sortProp(), was.order(), page);
                        vm.goToPage(page);
                    }
                });
                int pause = random.nextInt(4) == 0 ? 10 + random.nextInt(30) : random.nextInt(4);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
            }
            waitUntilIdle(ui, vm);
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            Map<LeadQuery, List<String>> answers = new HashMap<>();
            int stale = 0;
            String firstStale = "";
            for (Shown page : shown) {
                List<String> expected = answers.computeIfAbsent(page.asked().query(), q -> direct(client, q));
                if (!expected.equals(page.ids())) {
                    firstStale = stale++ == 0 ? page + " expected " + expected : firstStale;
                }
            }
            Asked last = asked[0];
            assertEquals(direct(client, last.query()), ui.submit(() -> ids(vm)).get(), "the final table");
            assertEquals(
                    "",
                    ui.submit(() -> vm.listing().errorMessageProperty().get()).get());
            assertEquals(
                    0, stale, stale + " stale overwrites among " + shown.size() + " pages shown; first: " + firstStale);
            assertTrue(shown.size() > 1, "no page was shown");
            System.out.printf(
                    "stale results: %d changes, %d pages shown, %d stale, %d ms%n",
                    CHANGES, shown.size(), stale, elapsedMs);
        } finally {
            workers.shutdownNow();
            ui.shutdownNow();
        }
    }

    private static void waitUntilIdle(ExecutorService ui, LeadTableViewModel vm) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ui.submit(() -> vm.listing().isLoading()).get()) {
            assertTrue(System.nanoTime() < deadline, "the table never finished loading");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static List<String> ids(LeadTableViewModel vm) {
        return vm.getRows().stream().map(row -> row.summary().id()).collect(Collectors.toList());
    }

    private static List<String> direct(DashlyClient client, LeadQuery query) {
        try {
            return client.listLeads(query).execute().leads().stream()
                    .map(LeadSummary::id)
                    .collect(Collectors.toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Work on the workers, every result on the one UI thread; a cancelled task still delivers when its result
     * was already on its way, so the ViewModel's own check must drop it.
     */
    private static final class TwoThreadRunner implements TaskRunner {
        private final ExecutorService workers;
        private final ExecutorService ui;

        TwoThreadRunner(ExecutorService workers, ExecutorService ui) {
            this.workers = workers;
            this.ui = ui;
        }

        @Override
        public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            workers.submit(() -> {
                try {
                    T result = work.call();
                    ui.submit(() -> onSuccess.accept(result));
                } catch (Throwable failure) {
                    ui.submit(() -> onFailure.accept(failure));
                }
            });
            return () -> {};
        }
    }
}
