package app.leadbrowser.ui.palette;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.open.LeadFinder;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The palette's live source: the leads of the workspace the {@link LeadFinder} finds for the query. */
public final class FoundLeads implements PaletteViewModel.LiveSource {
    private final LeadFinder finder;
    private final ObservableList<PaletteItem> items = FXCollections.observableArrayList();

    /** @param opener opens a lead's card (the palette has closed by then) */
    public FoundLeads(LeadFinder finder, Consumer<LeadSummary> opener) {
        this.finder = finder;
        finder.getFound().addListener((ListChangeListener<LeadSummary>) change -> items.setAll(
                finder.getFound().stream().map(lead -> item(lead, opener)).toList()));
    }

    static PaletteItem item(LeadSummary lead, Consumer<LeadSummary> opener) {
        return new PaletteItem(
                PaletteItem.Kind.FOUND_LEAD,
                LeadFinder.title(lead),
                LeadFinder.detail(lead),
                () -> opener.accept(lead));
    }

    @Override
    public void search(String query) {
        finder.search(query);
    }

    @Override
    public void cancel() {
        finder.cancel();
    }

    @Override
    public ObservableList<PaletteItem> items() {
        return items;
    }

    @Override
    public ReadOnlyBooleanProperty searchingProperty() {
        return finder.searchingProperty();
    }

    @Override
    public ObservableValue<String> status() {
        return Bindings.when(finder.searchingProperty())
                .then(Texts.get("palette.searching"))
                .otherwise(finder.messageProperty());
    }
}
