package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.List;
import javafx.collections.ListChangeListener;

/**
 * Prefetches the card the user is likely to open next: the first row's when a page lands, the next row's once the
 * selected row's card has loaded (reading down the list). One card prefetch at a time; a newer one replaces it.
 */
final class CardPrefetch {
    private CardPrefetch() {}

    static void wire(LeadTableViewModel table, LeadCardViewModel card, LeadSelection selection) {
        table.getRows().addListener((ListChangeListener<LeadRowViewModel>) change -> {
            List<? extends LeadRowViewModel> rows = change.getList();
            if (!rows.isEmpty()) {
                card.prefetch(rows.get(0).summary().id());
            }
        });
        // after the selected card has loaded, so the prefetch never delays the card the user is waiting for
        card.stateProperty().addListener((obs, old, state) -> {
            if (state != LeadCardViewModel.State.LOADED) {
                return;
            }
            table.rowAfter(selection.getSelected())
                    .ifPresent(next -> card.prefetch(next.summary().id()));
        });
    }
}
