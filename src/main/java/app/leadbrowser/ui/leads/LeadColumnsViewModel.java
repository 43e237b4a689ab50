package app.leadbrowser.ui.leads;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.export.SpreadsheetText;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.ui.common.PropertyLabels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lead table's columns: which properties are shown, in what order and width, and every property seen so far
 * (system ones and those in loaded rows) for the column chooser.
 */
public final class LeadColumnsViewModel {
    private final ObservableList<LeadColumn> columns = FXCollections.observableArrayList(LeadColumns.defaults());
    private final ObservableList<LeadColumn> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> knownProperties = FXCollections.observableArrayList();
    private final ObservableList<String> knownPropertiesView =
            FXCollections.unmodifiableObservableList(knownProperties);
    private final Set<String> learnedProperties = new TreeSet<>(PropertyLabels.knownSystemProperties());

    public LeadColumnsViewModel() {
        knownProperties.setAll(learnedProperties);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Adds a column showing {@code property} (or shows it again when it is hidden). */
    public void addColumn(String property) {
        String key = property == null ? "" : property.strip();
        if (key.isEmpty()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                columns.set(i, columns.get(i).withVisible(true));
                return;
            }
        }
        columns.add(LeadColumns.forKey(key));
    }

    /** Shows or hides a column. */
    public void setColumnVisible(String key, boolean visible) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key) && columns.get(i).visible() != visible) {
                columns.set(i, columns.get(i).withVisible(visible));
            }
        }
    }

    /** Takes the order and widths the user gave the columns in the table. Unknown keys are ignored. */
    public void updateColumnLayout(List<ColumnState> layout) {
        Map<String, LeadColumn> byKey = new LinkedHashMap<>();
        columns.forEach(column -> byKey.put(column.key(), column));
        List<LeadColumn> ordered = new ArrayList<>();
        for (ColumnState state : layout) {
            LeadColumn column = byKey.remove(state.property());
            if (column != null) {
                ordered.add(column.withWidth(state.width()).withVisible(state.visible()));
            }
        }
        ordered.addAll(byKey.values());
        if (!ordered.equals(columns)) {
            columns.setAll(ordered);
        }
    }

    /** The columns as the settings keep them. */
    List<ColumnState> states() {
        return columns.stream().map(LeadColumn::toState).collect(Collectors.toList());
    }

    /** Restores kept columns; none kept leaves them as they are. */
    void restore(List<ColumnState> kept) {
        if (!kept.isEmpty()) {
            columns.setAll(kept.stream()
                    .map(saved -> LeadColumns.forKey(saved.property())
                            .withWidth(saved.width())
                            .withVisible(saved.visible()))
                    .collect(Collectors.toList()));
        }
    }

    /** Offers the properties of {@code leads} in the column chooser. */
    void learnFrom(Collection<LeadSummary> leads) {
        leads.forEach(lead -> learnedProperties.addAll(lead.props().keySet()));
        if (knownProperties.size() != learnedProperties.size()) {
            knownProperties.setAll(learnedProperties);
        }
    }

    /** A row's visible values separated by tabs, ready to paste into a spreadsheet. */
    String copyText(LeadRowViewModel row) {
        return columns.stream()
                .filter(LeadColumn::visible)
                .filter(column -> column.kind() != LeadColumn.Kind.PRESENCE)
                .map(column -> SpreadsheetText.guard(row.copyText(column)))
                .collect(Collectors.joining("\t"));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The columns in order, hidden ones included. */
    public ObservableList<LeadColumn> getColumns() {
        return columnsView;
    }

    /** Every property name seen so far (system ones and those in loaded rows), for the column chooser. */
    public ObservableList<String> getKnownProperties() {
        return knownPropertiesView;
    }
}
