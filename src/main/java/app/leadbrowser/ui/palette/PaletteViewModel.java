package app.leadbrowser.ui.palette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette (Ctrl+K): gathers the items of its sources when opened, ranks them against the query as it
 * is typed and runs the chosen one. With an empty query it lists items in the sources' own order.
 */
public final class PaletteViewModel {
    static final int MAX_RESULTS = 50;

    private final List<Supplier<List<PaletteItem>>> sources = new ArrayList<>();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<PaletteItem> results = FXCollections.observableArrayList();
    private final ObservableList<PaletteItem> resultsView = FXCollections.unmodifiableObservableList(results);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private List<PaletteItem> items = List.of();

    public PaletteViewModel() {
        query.addListener((obs, old, text) -> rank());
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

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Collects the items of every source and clears the query; call when the palette opens. */
    public void open() {
        List<PaletteItem> gathered = new ArrayList<>();
        sources.forEach(source -> gathered.addAll(source.get()));
        items = List.copyOf(gathered);
        query.set("");
        rank();
    }

    /** Moves the selection by {@code delta}, staying within the results. */
    public void moveSelection(int delta) {
        if (!results.isEmpty()) {
            selectedIndex.set(Math.max(0, Math.min(results.size() - 1, selectedIndex.get() + delta)));
        }
    }

    /** Runs the selected item; false when there is none (the palette then stays open). */
    public boolean runSelected() {
        int index = selectedIndex.get();
        if (index < 0 || index >= results.size()) {
            return false;
        }
        results.get(index).run().run();
        return true;
    }

    private void rank() {
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
        results.setAll(scored.stream().limit(MAX_RESULTS).map(Scored::item).toList());
        selectedIndex.set(results.isEmpty() ? -1 : 0);
    }
}
