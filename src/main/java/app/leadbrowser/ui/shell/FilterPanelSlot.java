package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.filter.FilterHistoryViewModel;
import app.leadbrowser.ui.filter.FilterPanelView;
import app.leadbrowser.ui.filter.FilterPanelViewModel;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.palette.PaletteItem;
import java.util.Optional;

/**
 * The filter builder of a session, a strip of chips above its table: its applied filter drives the table, its property catalog
 * (the session's) learns the properties its filters name, and every listing the
 * table shows goes into the filter history, from which one click lists it again.
 */
public final class FilterPanelSlot {
    private FilterPanelSlot() {}

    public static FilterSlot create(WorkspaceSession session) {
        LeadTableViewModel table = session.leadTable();
        PropertyCatalog catalog = session.catalog();
        learnKeysOf(catalog, table.listing().getFilterGroups());
        table.listing().filterGroupsProperty().addListener((obs, old, groups) -> learnKeysOf(catalog, groups));
        FilterPanelViewModel panel = new FilterPanelViewModel(catalog);
        panel.load(table.listing().getFilterGroups()); // the filter kept from the last run, shown as conditions
        panel.appliedGroupsProperty().addListener((obs, old, filter) -> table.setFilterGroups(filter));
        table.listing()
                .filterGroupsProperty()
                .addListener((obs, old, groups) -> { // set from elsewhere, e.g. a saved view
                    if (!groups.equals(panel.appliedGroupsProperty().get())) {
                        panel.load(groups);
                    }
                });

        FilterHistoryViewModel history = session.filterHistory();
        history.setReapplier((filter, sortProp, sortOrder) -> {
            table.showListing(filter, sortProp, sortOrder);
            panel.load(filter); // lists the same filter: the table has it already
        });
        table.listing()
                .lastLoadedAtProperty()
                .addListener((obs, old, loaded) -> history.record(
                        table.listing().getFilterGroups(),
                        table.listing().sortPropProperty().get(),
                        table.listing().sortOrderProperty().get()));

        FilterPanelView view = new FilterPanelView(panel, history);
        return new FilterSlot(
                view.getRoot(),
                Optional.empty(),
                view::focusQuickSearch,
                panel::addConditionAndApply,
                () -> catalog.properties().stream()
                        .map(property -> new PaletteItem(
                                PaletteItem.Kind.PROPERTY,
                                Texts.get("palette.addCondition", property.label()),
                                property.key(),
                                () -> view.addConditionOn(property)))
                        .toList());
    }

    /** A filter kept or loaded may name properties (events of a saved view) no lead loaded so far has shown. */
    private static void learnKeysOf(PropertyCatalog catalog, FilterGroups groups) {
        groups.groups().forEach(group -> group.conditions().forEach(c -> catalog.learnKey(c.property())));
    }
}
