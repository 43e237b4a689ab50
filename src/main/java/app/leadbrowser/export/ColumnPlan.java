package app.leadbrowser.export;

import app.leadbrowser.client.model.Presence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which columns a CSV or Excel export has, in what order, under which headers. {@link #rawKeys()} (the command
 * line's): {@code id}, {@code presence}, then every prop key any lead has, sorted, each under its key.
 * {@link #forPeople}: the columns given first (the table's, under the labels it shows), then id and presence, then
 * every other prop any lead has, sorted by its header. A header met twice gets its key after it, so that no two
 * columns read the same.
 */
public final class ColumnPlan {
    private static final ColumnPlan RAW_KEYS = new ColumnPlan(List.of(), null);

    /** A property put first, under the header the table shows for it. */
    public record Labelled(String key, String header) {}

    /** The words of a plan for people, in the user's language (this layer has none of its own). */
    public interface Wording {
        String idHeader();

        String presenceHeader();

        /** How a lead's presence reads; empty when it is not known. */
        String presence(Presence presence);

        /** The header of any other property: its label where one is known, else the key. */
        String propertyHeader(String key);
    }

    private final List<Labelled> first;
    private final Wording wording;

    private ColumnPlan(List<Labelled> first, Wording wording) {
        this.first = List.copyOf(first);
        this.wording = wording;
    }

    /** Raw API keys, as the command line writes them by default. */
    public static ColumnPlan rawKeys() {
        return RAW_KEYS;
    }

    /** {@code first} under their headers, then id and presence, then the rest labelled by {@code wording}. */
    public static ColumnPlan forPeople(List<Labelled> first, Wording wording) {
        return new ColumnPlan(first, wording);
    }

    /** How a lead's presence reads in its column. */
    String presence(Presence presence) {
        return wording == null ? presence.wireName() : wording.presence(presence);
    }

    /** The columns of an export whose leads have {@code keys} among them, in order. */
    List<ExportColumn> columnsFor(Collection<String> keys) {
        if (wording == null) {
            List<ExportColumn> columns =
                    new ArrayList<>(List.of(ExportColumn.id("id"), ExportColumn.presence("presence")));
            new TreeSet<>(keys).forEach(key -> columns.add(ExportColumn.prop(key, key)));
            return columns;
        }
        Headers headers = new Headers();
        Set<String> placed = new HashSet<>();
        List<ExportColumn> columns = new ArrayList<>();
        for (Labelled column : first) {
            if (placed.add(column.key())) {
                columns.add(ExportColumn.prop(headers.unique(column.header(), column.key()), column.key()));
            }
        }
        columns.add(ExportColumn.id(headers.unique(wording.idHeader(), "id")));
        columns.add(ExportColumn.presence(headers.unique(wording.presenceHeader(), "presence")));
        keys.stream()
                .filter(key -> !placed.contains(key))
                .map(key -> new Labelled(key, wording.propertyHeader(key)))
                .sorted(Comparator.comparing(Labelled::header, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Labelled::key))
                .forEach(column ->
                        columns.add(ExportColumn.prop(headers.unique(column.header(), column.key()), column.key())));
        return columns;
    }

    /** Headers given so far; a repeated one is told apart by its key. */
    private static final class Headers {
        private final Set<String> used = new HashSet<>();

        String unique(String header, String key) {
            return used.add(header) ? header : header + " (" + key + ")";
        }
    }
}
