package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.Debouncer;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.time.Duration;
import java.util.List;
import javafx.collections.ListChangeListener;

/**
 * Prefetches the card the user is likely to open next: the first row's when a page lands, the next row's once the
 * selected row's card has loaded (reading down the list), and the row's under the mouse pointer once it has rested
 * there for the hover delay. One card prefetch at a time; a newer one replaces it (and aborts its request). A
 * hover that ends before the delay (the pointer moved to another row, left the table, or the page changed) sends
 * nothing, so sweeping over the table never sends a request per row; resting on the selected row sends nothing.
 */
final class CardPrefetch {
    /** The pause on a row after which its card is prefetched: long enough to tell resting from passing over. */
    static final Duration HOVER_DELAY = Duration.ofMillis(250);

    private CardPrefetch() {}

    /** @param hoverDelay waits {@link #HOVER_DELAY} of rest on one row before prefetching its card */
    static void wire(LeadTableViewModel table, LeadCardViewModel card, LeadSelection selection, Debouncer hoverDelay) {
        table.getRows().addListener((ListChangeListener<LeadRowViewModel>) change -> {
            List<? extends LeadRowViewModel> rows = change.getList();
            if (!rows.isEmpty()) {
                card.prefetch(rows.get(0).summary().id());
            }
        });
        table.hoveredProperty().addListener((obs, old, row) -> {
            if (row == null) {
                hoverDelay.cancel();
            } else {
                hoverDelay.submit(() -> {
                    if (!isSelected(row, selection)) { // the selected lead's card is shown already
                        card.prefetch(row.summary().id());
                    }
                });
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

    private static boolean isSelected(LeadRowViewModel row, LeadSelection selection) {
        return selection.getSelected() != null && selection.getSelected().id().equals(row.id());
    }
}
