package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A listing and columns made by the composition root and given to the table, against the sandbox. */
class ListingStateTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(60);

    final SyncTaskRunner sync = new SyncTaskRunner();
    final ListingState listing = new ListingState();
    final LeadColumnsViewModel columns = new LeadColumnsViewModel();

    LeadTableViewModel tableShowing(ListingState shown) {
        return new LeadTableViewModel(
                sandbox.client(),
                sync,
                TimeTexts.system(),
                new LeadSelection(),
                new RecordingClipboard(),
                shown,
                columns);
    }

    @Test
    void theTableWritesTheListingItWasGivenAndTakesItsCommands() {
        LeadTableViewModel table = tableShowing(listing);

        listing.refresh();
        sync.deliverAll();
        listing.goToPage(2);
        sync.deliverAll();

        assertSame(listing, table.listing());
        assertSame(columns, table.columns());
        assertEquals(2, table.pageIndexProperty().get());
        assertEquals(40, listing.shownPageProperty().get().query().offset());
        assertEquals("41–60 of 60", table.rangeTextProperty().get());
    }

    @Test
    void aListingIsShownByOneTableOnly() {
        tableShowing(listing);

        assertThrows(IllegalStateException.class, () -> tableShowing(listing));
    }
}
