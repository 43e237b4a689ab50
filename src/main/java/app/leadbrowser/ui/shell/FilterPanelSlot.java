package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.filter.FilterPanelView;
import app.leadbrowser.ui.filter.FilterPanelViewModel;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import javafx.collections.ListChangeListener;

/**
 * The filter builder in the left pane of a session: its applied filter drives the table, and its property
 * catalog learns the workspace's properties, segments and events from the rows and cards loaded.
 */
public final class FilterPanelSlot {
    private FilterPanelSlot() {}

    public static FilterSlot create(WorkspaceSession session) {
        LeadTableViewModel table = session.leadTable();
        PropertyCatalog catalog = new PropertyCatalog();
        table.getRows().forEach(row -> catalog.learnFrom(row.summary()));
        table.getRows().addListener((ListChangeListener<LeadRowViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> catalog.learnFrom(row.summary()));
            }
        });
        session.leadCard().leadProperty().addListener((obs, old, lead) -> {
            if (lead != null) {
                catalog.learnFrom(lead);
            }
        });
        FilterPanelViewModel panel = new FilterPanelViewModel(catalog);
        panel.load(table.filterProperty().get()); // the filter kept from the last run, shown as conditions
        panel.appliedFilterProperty().addListener((obs, old, filter) -> table.setFilter(filter));
        table.filterProperty().addListener((obs, old, filter) -> { // set from elsewhere, e.g. a saved view applied
            if (!filter.equals(panel.appliedFilterProperty().get())) {
                panel.load(filter);
            }
        });
        FilterPanelView view = new FilterPanelView(panel);
        return new FilterSlot(view.getRoot(), view::focusQuickSearch);
    }
}
