package app.leadbrowser.ui.common;

import app.leadbrowser.client.model.LeadSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The lead selected in the table, shared by the table and the card (siblings share state, not Views). */
public final class LeadSelection {
    private final ObjectProperty<LeadSummary> selected = new SimpleObjectProperty<>(this, "selected");

    /** The selected lead as the list returned it; null when none is selected. */
    public ObjectProperty<LeadSummary> selectedProperty() {
        return selected;
    }

    public LeadSummary getSelected() {
        return selected.get();
    }

    public void select(LeadSummary lead) {
        selected.set(lead);
    }
}
