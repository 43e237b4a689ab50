package app.leadbrowser.ui.card;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.conversations.ConversationRowViewModel;
import app.leadbrowser.ui.conversations.ConversationRows;

/** The card's tabs that load on their own, page by page, once shown: its events and its conversations. */
public record LeadCardTabs(
        CursorTabViewModel<TimelineEventViewModel> events, CursorTabViewModel<ConversationRowViewModel> conversations) {

    public static LeadCardTabs of(DashlyClient client, TaskRunner runner, TimeTexts times) {
        return new LeadCardTabs(TimelineEvents.tab(client, runner, times), ConversationRows.tab(client, runner, times));
    }

    /** Both tabs follow the lead the card shows (null: none). */
    void showLead(String leadId) {
        events.showLead(leadId);
        conversations.showLead(leadId);
    }
}
