package app.leadbrowser.ui.palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The command palette (Ctrl+K): gathers the items of its sources when opened, ranks them against the query as it
 * is typed and runs the chosen one. With an empty query it lists items in the sources' own order. A live source
 * (the workspace's leads) answers later: its items go below the items whose title holds the query as typed and
 * above the looser matches, and Enter pressed before it answered runs its first item once it does.
 */
public final class PaletteViewModel {
    static final int MAX_RESULTS = 50;

    private final List<Supplier<List<PaletteItem>>> sources = new ArrayList<>();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PaletteItem> results = FXCollections.observableArrayList();
    private final ObservableList<PaletteItem> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private List<PaletteItem> items = List.of();
    private LiveSource live = LiveSource.NONE;
    private Runnable beforeRun = () -> {};
    private boolean runWhenFound;

    public PaletteViewModel() {
        query.addListener((obs, old, text) -> {
            runWhenFound = false;
            rank(false);
            live.search(text == null ? "" : text);
        });
    }

    /** Items found for the query elsewhere, which arrive some time after it was typed. */
    public interface LiveSource {
        LiveSource NONE = new LiveSource() {
            private final ObservableList<PaletteItem> none = FXCollections.observableArrayList();

            @Override
            public void search(String query) {}

            @Override
            public void cancel() {}

            @Override
            public ObservableList<PaletteItem> items() {
                return none;
            }

            @Override
            public ReadOnlyBooleanProperty searchingProperty() {
                return new SimpleBooleanProperty(false);
            }

            @Override
            public ObservableValue<String> status() {
                return new SimpleStringProperty("");
            }
        };

        /** The query changed: look for it (the items then change when the answer comes). */
        void search(String query);

        /** The palette closed: stop looking. */
        void cancel();

        /** The items for the newest query. */
        ObservableList<PaletteItem> items();

        /** Whether an answer for the newest query is still awaited; turns false once its items are in place. */
        ReadOnlyBooleanProperty searchingProperty();

        /** What the source is doing or why it found nothing ("Searching…", "No lead matches …"); may be empty. */
        ObservableValue<String> status();
    }

    /** Sets the one live source; its items take part in the ranking as they change. */
    public void setLiveSource(LiveSource source) {
        live = source;
        status.bind(source.status());
        source.items().addListener((ListChangeListener<PaletteItem>) change -> rank(true));
        source.searchingProperty().addListener((obs, was, searching) -> {
            if (!searching && runWhenFound) {
                runWhenFound = false;
                runSelected();
            }
        });
    }

    /** Runs before an item is run: the view hides the palette (the item may open a dialog or move the focus). */
    public void setBeforeRun(Runnable action) {
        beforeRun = action;
    }

    /** Adds a source of items, asked afresh each time the palette opens (its items may have changed). */
    public void addSource(Supplier<List<PaletteItem>> source) {
        sources.add(source);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The ranked items for the query, best first (at most {@value #MAX_RESULTS}). */
    public ObservableList<PaletteItem> getResults() {
        return resultsView;
    }

    /** The live source's state, shown under the results: searching, nothing found or why the search failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Collects the items of every source and clears the query; call when the palette opens. */
    public void open() {
        List<PaletteItem> gathered = new ArrayList<>();
        sources.forEach(source -> gathered.addAll(source.get()));
        items = List.copyOf(gathered);
        query.set("");
        rank(false);
    }

    /** The palette closed: a search still running is dropped. */
    public void close() {
        runWhenFound = false;
        live.cancel();
    }

    /** Moves the selection by {@code delta}, staying within the results. */
    public void moveSelection(int delta) {
        if (!results.isEmpty()) {
            selectedIndex.set(Math.max(0, Math.min(results.size() - 1, selectedIndex.get() + delta)));
        }
    }

    /**
     * Runs the selected item; false when there is none (the palette then stays open). With nothing to run while the
     * live source is still looking, its first item runs when it answers.
     */
    public boolean runSelected() {
        int index = selectedIndex.get();
        if (index < 0 || index >= results.size()) {
            runWhenFound = live.searchingProperty().get();
            return false;
        }
        beforeRun.run();
        results.get(index).run().run();
        return true;
    }

    private void rank(boolean keepSelection) {
        PaletteItem selected = keepSelection && selectedIndex.get() >= 0 && selectedIndex.get() < results.size()
                ? results.get(selectedIndex.get())
                : null;
        String text = query.get() == null ? "" : query.get();
        record Scored(PaletteItem item, int score, int order) {}
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PaletteItem item = items.get(i);
            int score = FuzzyMatch.score(text, item.title());
            if (score != FuzzyMatch.NO_MATCH) {
                scored.add(new Scored(item, score, i));
            }
        }
        if (!text.isBlank()) {
            scored.sort(Comparator.comparingInt((Scored s) -> -s.score())
                    .thenComparing(s -> s.item().kind())
                    .thenComparingInt(Scored::order));
        }
        String typed = text.strip().toLowerCase(Locale.ROOT);
        List<PaletteItem> ranked = new ArrayList<>();
        scored.stream()
                .map(Scored::item)
                .filter(item -> item.title().toLowerCase(Locale.ROOT).contains(typed))
                .forEach(ranked::add);
        ranked.addAll(live.items());
        scored.stream()
                .map(Scored::item)
                .filter(item -> !item.title().toLowerCase(Locale.ROOT).contains(typed))
                .forEach(ranked::add);
        results.setAll(ranked.stream().limit(MAX_RESULTS).toList());
        int keep = selected == null ? -1 : results.indexOf(selected);
        selectedIndex.set(keep >= 0 ? keep : results.isEmpty() ? -1 : 0);
    }
}
