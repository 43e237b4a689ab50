package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.deep.DeepSandbox;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The table and the walk past the API's 10,000-lead window, on a 30,000-lead sandbox, without the FX toolkit. */
class LeadTableDeepTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(30_000);

    final SyncTaskRunner sync = new SyncTaskRunner();
    final LeadSelection selection = new LeadSelection();

    LeadTableViewModel table() {
        LeadTableViewModel vm =
                new LeadTableViewModel(sandbox.client(), sync, TimeTexts.system(), selection, new RecordingClipboard());
        vm.refresh();
        sync.deliverAll();
        return vm;
    }

    /** The ids of the last {@code count} leads of the sandbox in the given order, as its evaluator sorts them. */
    static List<String> lastIds(String sortProp, SortOrder order, int count) {
        List<LeadSummary> all = new ArrayList<>(sandbox.server().workspace().leads());
        all.sort(LeadOrder.of(sortProp, order));
        return all.subList(all.size() - count, all.size()).stream()
                .map(LeadSummary::id)
                .toList();
    }

    static List<String> shownIds(LeadTableViewModel vm) {
        return vm.getRows().stream().map(row -> row.summary().id()).toList();
    }

    @Test
    void lastGoesToTheTrueEndUnderTheDefaultOrder() {
        LeadTableViewModel vm = table();
        assertEquals("1–20 of 30,000", vm.rangeTextProperty().get());
        assertEquals(1_500, vm.pageCountProperty().get());
        assertEquals("", vm.capMessageProperty().get());

        int before = sandbox.server().requests().count();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(1_499, vm.getPageIndex());
        assertEquals("29,981–30,000 of 30,000", vm.rangeTextProperty().get());
        assertEquals(lastIds("$last_seen", SortOrder.DESC, 20), shownIds(vm));
        assertFalse(vm.canGoForwardProperty().get());
        assertEquals("", vm.capMessageProperty().get(), "every lead is reached: no cap claimed");
        int jump = sandbox.server().requests().count() - before;
        System.out.println("jump from page 1 to page 1,500 of 30,000: " + jump + " requests");
        assertTrue(jump <= 20, "a few requests per window before the page, not a read-through (600): " + jump);
    }

    @Test
    void lastGoesToTheTrueEndUnderANumberSort() {
        LeadTableViewModel vm = table();
        vm.setSort("$sessions", SortOrder.DESC);
        sync.deliverAll();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(1_499, vm.getPageIndex());
        assertEquals("29,981–30,000 of 30,000", vm.rangeTextProperty().get());
        assertEquals(lastIds("$sessions", SortOrder.DESC, 20), shownIds(vm));
        assertEquals("", vm.capMessageProperty().get());
    }

    @Test
    void pagesOfTheFirstWindowCostOneRequestEach() {
        LeadTableViewModel vm = table();
        int before = sandbox.server().requests().count();
        vm.goToPage(7);
        sync.deliverAll();
        assertEquals(2, sandbox.server().requests().count() - before, "the page and the prefetch of the next");

        before = sandbox.server().requests().count();
        vm.nextPage();
        sync.deliverAll();
        assertEquals(1, sandbox.server().requests().count() - before, "the page was prefetched; the next one is");
    }

    /** Opens the lead at the 10,000th place, the last of the first window, from the table (50 a page). */
    LeadRowViewModel openTheTenThousandthLead(LeadTableViewModel vm, LeadWalkViewModel walk) {
        vm.setPageSize(50);
        sync.deliverAll();
        vm.goToPage(199);
        sync.deliverAll();
        LeadRowViewModel last = vm.getRows().get(vm.getRows().size() - 1);
        vm.select(last);
        assertEquals("Lead 10,000 of 30,000", walk.getPositionText());
        return last;
    }

    @Test
    void theWalkCrossesTheTenThousandthLead() {
        LeadTableViewModel vm = table();
        LeadWalkViewModel walk = new LeadWalkViewModel(vm.listing(), selection);
        LeadRowViewModel last = openTheTenThousandthLead(vm, walk);

        walk.next();
        sync.deliverAll();

        assertNotEquals(last.summary().id(), selection.getSelected().id());
        assertEquals("Lead 10,001 of 30,000", walk.getPositionText());
        assertEquals(200, vm.getPageIndex());
        assertEquals("", walk.getMessage());
    }

    @Test
    void aTextSortSaysHonestlyHowManyLeadsAreOutOfReachAndWhatReachesThem() {
        LeadTableViewModel vm = table();
        vm.setSort("$email", SortOrder.ASC);
        sync.deliverAll();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(499, vm.getPageIndex(), "the last page a request reaches");
        assertEquals("9,981–10,000 of 30,000", vm.rangeTextProperty().get());
        assertFalse(vm.canGoForwardProperty().get());
        String cap = vm.capMessageProperty().get();
        assertTrue(cap.startsWith("20,000 of 30,000 leads are out of reach"), cap);
        assertTrue(cap.contains("Sort by a date or a number to reach them all"), cap);
        assertFalse(cap.contains("Export"), cap);
        assertEquals("", vm.listing().errorMessageProperty().get());
    }

    @Test
    void theWalkUnderATextSortStopsWhereRequestsCannotReachAndSaysSo() {
        LeadTableViewModel vm = table();
        LeadWalkViewModel walk = new LeadWalkViewModel(vm.listing(), selection);
        vm.setSort("$email", SortOrder.ASC);
        LeadRowViewModel last = openTheTenThousandthLead(vm, walk);

        walk.next();
        sync.deliverAll();

        assertEquals(last.summary().id(), selection.getSelected().id());
        assertEquals(
                "The leads after this one cannot be listed in this order: the bar above the table says why.",
                walk.getMessage());
        assertEquals(199, vm.getPageIndex());
        assertTrue(
                vm.capMessageProperty().get().startsWith("20,000 of 30,000"),
                vm.capMessageProperty().get());
    }

    @Test
    void aCombinedListingReachesPastTheWindowWithItsExactTotal() {
        LeadTableViewModel vm = table();
        FilterGroups either = new FilterGroups(List.of(
                Filter.and(Conditions.number("$sessions", Operator.GT, 1)),
                Filter.and(Conditions.number("$sessions", Operator.LT, 1))));
        List<String> expected = DeepSandbox.expected(sandbox.server(), either, LeadQuery.defaults()).stream()
                .map(LeadSummary::id)
                .toList();
        vm.setFilterGroups(either);
        sync.deliverAll();

        assertTrue(expected.size() > 10_000, "past the window: " + expected.size());
        assertEquals(expected.size(), vm.getTotal(), "exact, not an upper bound");
        assertEquals("", vm.capMessageProperty().get(), "every lead is reached: no cap claimed");
        assertEquals((expected.size() + 19) / 20, vm.pageCountProperty().get());

        vm.lastPage();
        sync.deliverAll();

        int lastPage = (expected.size() - 1) / 20;
        assertEquals(lastPage, vm.getPageIndex());
        assertEquals(expected.subList(lastPage * 20, expected.size()), shownIds(vm));
        assertFalse(vm.canGoForwardProperty().get());
        assertEquals("", vm.capMessageProperty().get());
    }

    @Test
    void aCombinedListingUnderATextSortSaysExactlyHowManyAreOutOfReach() {
        LeadTableViewModel vm = table();
        FilterGroups either = new FilterGroups(List.of(
                Filter.and(Conditions.number("$sessions", Operator.GT, 1)),
                Filter.and(Conditions.number("$sessions", Operator.LT, 1))));
        vm.showListing(either, "$email", SortOrder.ASC);
        sync.deliverAll();
        long total = vm.getTotal();

        vm.lastPage();
        sync.deliverAll();

        assertFalse(vm.canGoForwardProperty().get());
        long shown = (long) vm.getPageIndex() * 20 + vm.getRows().size();
        assertTrue(shown >= 10_000 && shown < total, "listed to the first group's cap: " + shown);
        String cap = vm.capMessageProperty().get();
        assertTrue(cap.startsWith(String.format("%,d of %,d leads are out of reach", total - shown, total)), cap);
        assertTrue(cap.contains("Sort by a date or a number to reach them all"), cap);
    }

    @Test
    void aSlowJumpShowsItIsLoadingAndCancellingItStopsTheRequestAndKeepsThePage() throws Exception {
        ThreadRunner threads = new ThreadRunner();
        LeadTableViewModel vm = new LeadTableViewModel(
                sandbox.client(), threads, TimeTexts.system(), selection, new RecordingClipboard());
        vm.refresh();
        threads.deliver(2); // the first page, then the prefetch of the second
        assertEquals("1–20 of 30,000", vm.rangeTextProperty().get());
        sandbox.server().faults().enqueue(Fault.stall(Duration.ofSeconds(5)));

        vm.lastPage();
        assertTrue(vm.listing().isLoading(), "the table shows the jump is under way");
        Thread.sleep(300);
        long cancelled = System.nanoTime();
        vm.cancelLoad();

        assertFalse(vm.listing().isLoading());
        assertEquals(0, vm.getPageIndex(), "the page shown stays");
        assertEquals("1–20 of 30,000", vm.rangeTextProperty().get());
        assertTrue(threads.awaitIdle(Duration.ofSeconds(3)), "the stalled request was aborted");
        System.out.println("jump cancelled; its work ended after "
                + Duration.ofNanos(System.nanoTime() - cancelled).toMillis() + " ms");
        threads.deliverWaiting();
        assertEquals("", vm.listing().errorMessageProperty().get(), "a cancelled jump is no failure");
        assertEquals(0, vm.getPageIndex());

        vm.lastPage(); // the next jump starts afresh
        threads.deliver(1);
        assertEquals("29,981–30,000 of 30,000", vm.rangeTextProperty().get());
    }

    /** Runs work on its own threads, as the app does; answers wait for the test thread to deliver them. */
    static final class ThreadRunner implements TaskRunner {
        private final BlockingQueue<Runnable> answers = new LinkedBlockingQueue<>();
        private final AtomicInteger running = new AtomicInteger();

        @Override
        public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            AtomicBoolean cancelled = new AtomicBoolean();
            running.incrementAndGet();
            FutureTask<T> task = new FutureTask<>(work);
            Thread.ofVirtual().start(() -> {
                task.run();
                answers.add(() -> {
                    if (!cancelled.get()) {
                        deliverOutcome(task, onSuccess, onFailure);
                    }
                });
                running.decrementAndGet();
            });
            return () -> cancelled.set(true);
        }

        private static <T> void deliverOutcome(
                FutureTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = task.get();
            } catch (ExecutionException failed) {
                onFailure.accept(failed.getCause());
                return;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                onFailure.accept(interrupted);
                return;
            }
            onSuccess.accept(result);
        }

        void deliver(int count) throws InterruptedException {
            for (int i = 0; i < count; i++) {
                Runnable answer = answers.poll(20, TimeUnit.SECONDS);
                assertTrue(answer != null, "an answer within 20 s");
                answer.run();
            }
        }

        void deliverWaiting() {
            for (Runnable answer = answers.poll(); answer != null; answer = answers.poll()) {
                answer.run();
            }
        }

        boolean awaitIdle(Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (running.get() > 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            return running.get() == 0;
        }
    }
}
