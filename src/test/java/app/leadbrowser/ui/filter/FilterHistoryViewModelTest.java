package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.settings.FilterHistory;
import app.leadbrowser.settings.FilterHistoryEntry;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.TimeTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterHistoryViewModelTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:15:00Z");
    static final TimeTexts TIMES = new TimeTexts(Clock.fixed(NOW, ZoneOffset.UTC));
    static final FilterGroups BERLIN = groups(Filter.and(Conditions.text("$city", Operator.STR_EQ, "Berlin")));
    static final FilterGroups ACTIVE = groups(Filter.and(Conditions.number("$sessions", Operator.GT, 10)));
    static final FilterGroups EITHER = new FilterGroups(List.of(BERLIN.first(), ACTIVE.first()));

    @TempDir
    Path configDir;

    final FilterHistoryViewModel vm =
            new FilterHistoryViewModel(PerWorkspaceStore.inMemory(FilterHistory.STORE), "demo", TIMES);

    @Test
    void newestFirstAndAFilterListedAgainMovesToTheTopWithItsLatestSort() {
        vm.record(BERLIN, "$last_seen", SortOrder.DESC);
        vm.record(ACTIVE, "$last_seen", SortOrder.DESC);
        vm.record(EITHER, "$last_seen", SortOrder.DESC);
        vm.record(BERLIN, "$sessions", SortOrder.ASC);

        assertEquals(List.of(BERLIN, EITHER, ACTIVE), filters());
        assertEquals("$sessions", vm.items().get(0).sortProp());
        assertEquals("City = Berlin", vm.items().get(0).summary());
        assertEquals("sorted by Sessions ↑", vm.items().get(0).sortText());
        assertEquals("2025-03-01 10:15", vm.appliedAtText(vm.items().get(0)));
    }

    @Test
    void pagingTheSameListingOrSortingItAddsNoEntry() {
        vm.record(BERLIN, "$last_seen", SortOrder.DESC);
        vm.record(BERLIN, "$last_seen", SortOrder.DESC);
        vm.record(BERLIN, "$last_seen", SortOrder.ASC);

        assertEquals(1, vm.items().size());
        assertEquals(SortOrder.ASC, vm.items().get(0).sortOrder());
    }

    @Test
    void allLeadsIsNotKept() {
        vm.record(FilterGroups.all(), "$last_seen", SortOrder.DESC);
        assertTrue(vm.items().isEmpty());
    }

    @Test
    void typingATextFurtherRefinesTheNewestEntryInsteadOfAddingOnePerPause() {
        vm.record(ACTIVE, "$last_seen", SortOrder.DESC);
        for (String typed : List.of("jo", "joh", "john", "jo")) {
            vm.record(search(typed), "$last_seen", SortOrder.DESC);
        }
        vm.record(search("maria"), "$last_seen", SortOrder.DESC);

        assertEquals(List.of(search("maria"), search("jo"), ACTIVE), filters());
    }

    @Test
    void keepsTheLastThirty() {
        for (int i = 0; i < 40; i++) {
            vm.record(groups(Filter.and(Conditions.number("$sessions", Operator.EQ, i))), "$name", SortOrder.ASC);
        }
        assertEquals(FilterHistoryViewModel.MAX_ENTRIES, vm.items().size());
        assertEquals(
                groups(Filter.and(Conditions.number("$sessions", Operator.EQ, 39))),
                filters().get(0));
        assertEquals(
                groups(Filter.and(Conditions.number("$sessions", Operator.EQ, 10))),
                filters().get(29));
    }

    @Test
    void reapplyingHandsTheFilterAndSortToTheWindow() {
        List<String> applied = new ArrayList<>();
        vm.setReapplier(
                (filter, sortProp, order) -> applied.add(FilterSummary.of(filter) + " / " + sortProp + " " + order));
        vm.record(EITHER, "$sessions", SortOrder.ASC);

        vm.reapply(vm.items().get(0));

        assertEquals(List.of("City = Berlin OR Sessions > 10 / $sessions ASC"), applied);
    }

    @Test
    void theHistoryIsKeptPerWorkspaceAcrossRestartsInItsOwnFile() {
        PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> store =
                PerWorkspaceStore.load(configDir, FilterHistory.STORE);
        FilterHistoryViewModel demo = new FilterHistoryViewModel(store, "demo", TIMES);
        FilterHistoryViewModel other = new FilterHistoryViewModel(store, "other", TIMES);
        demo.record(BERLIN, "$last_seen", SortOrder.DESC);
        demo.record(EITHER, "$sessions", SortOrder.ASC);
        other.record(ACTIVE, "$name", SortOrder.ASC);
        store.close();
        assertTrue(Files.exists(configDir.resolve(FilterHistory.FILE_NAME)));

        PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> restarted =
                PerWorkspaceStore.load(configDir, FilterHistory.STORE);
        FilterHistoryViewModel again = new FilterHistoryViewModel(restarted, "demo", TIMES);
        assertEquals(demo.items(), again.items());
        assertEquals(
                List.of(EITHER, BERLIN),
                again.items().stream().map(FilterHistoryItem::filter).toList());
        assertEquals(
                List.of(ACTIVE),
                new FilterHistoryViewModel(restarted, "other", TIMES)
                        .items().stream().map(FilterHistoryItem::filter).toList());
        assertTrue(new FilterHistoryViewModel(restarted, "new", TIMES).items().isEmpty());
        restarted.close();
    }

    @Test
    void aDamagedHistoryFileGivesAnEmptyHistoryAndIsReported() throws Exception {
        Files.writeString(configDir.resolve(FilterHistory.FILE_NAME), "{\"workspaces\": [");

        PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> store =
                PerWorkspaceStore.load(configDir, FilterHistory.STORE);

        assertTrue(new FilterHistoryViewModel(store, "demo", TIMES).items().isEmpty());
        assertTrue(store.brokenFile().isPresent());
        store.close();
    }

    @Test
    void entriesThatCannotBeReadAreLeftOutAndClearForgetsTheRest() {
        PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> kept =
                PerWorkspaceStore.inMemory(FilterHistory.STORE);
        kept.put(
                "demo",
                List.of(
                        new FilterHistoryEntry("{\"any_of\": 3}", "$name", "asc", 0),
                        new FilterHistoryEntry(null, "$name", "asc", 0),
                        new FilterHistoryEntry(
                                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\","
                                        + "\"value\":{\"value\":10}}]}",
                                "$name",
                                "sideways",
                                NOW.toEpochMilli())));
        FilterHistoryViewModel loaded = new FilterHistoryViewModel(kept, "demo", TIMES);

        assertEquals(
                List.of(ACTIVE),
                loaded.items().stream().map(FilterHistoryItem::filter).toList());
        assertEquals(SortOrder.DESC, loaded.items().get(0).sortOrder(), "an unknown order reads as the default");

        loaded.clear();
        assertTrue(loaded.items().isEmpty());
        assertEquals(Optional.of(List.of()), kept.get("demo"));
    }

    private List<FilterGroups> filters() {
        return vm.items().stream().map(FilterHistoryItem::filter).toList();
    }

    static FilterGroups groups(Filter filter) {
        return FilterGroups.of(filter);
    }

    /** What quick search applies for {@code text} (name or email). */
    static FilterGroups search(String text) {
        return groups(Filter.or(
                Conditions.text("$name", Operator.STR_CONTAINS, text),
                Conditions.text("$email", Operator.STR_CONTAINS, text)));
    }
}
