package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.card.LeadExplanationViewModel;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.filter.FilterHistoryViewModel;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.leads.LeadWalkViewModel;
import app.leadbrowser.ui.open.RecentLeadsViewModel;
import app.leadbrowser.ui.views.SavedViewsViewModel;

/**
 * One open workspace: its connection and the ViewModels of its table, card, filter history, saved views and recent
 * leads (with walking the list from the card and explaining the card's lead against the filter), and the catalog of
 * what its leads can be filtered on. Each workspace
 * keeps its own session, so switching back finds the page, sort and selection as they were.
 */
public record WorkspaceSession(
        WorkspaceConnector.Connection connection,
        LeadSelection selection,
        LeadTableViewModel leadTable,
        LeadCardViewModel leadCard,
        FilterHistoryViewModel filterHistory,
        LeadWalkViewModel walk,
        LeadExplanationViewModel explanation,
        SavedViewsViewModel savedViews,
        RecentLeadsViewModel recentLeads,
        PropertyCatalog catalog) {

    public Workspace workspace() {
        return connection.workspace();
    }
}
