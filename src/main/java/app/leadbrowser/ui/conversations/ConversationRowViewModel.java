package app.leadbrowser.ui.conversations;

import java.util.List;

/**
 * One conversation of the card's Conversations tab, every value already text.
 *
 * @param id the conversation's id
 * @param kind "Chat", "Email", …
 * @param state "Open" or "Closed"
 * @param flags what needs attention ("Unread", "Not replied"), joined; may be empty
 * @param author who wrote the last message: an admin's name or "Lead"
 * @param lastMessage the last message as plain text (never markup)
 * @param assignee the admin it is assigned to, or "Unassigned"
 * @param parts "7 messages"
 * @param tags its tags
 * @param time when it was last updated, relative ("3 days ago")
 * @param exactTime the same to the second, for a tooltip
 */
public record ConversationRowViewModel(
        String id,
        String kind,
        String state,
        String flags,
        String author,
        String lastMessage,
        String assignee,
        String parts,
        List<String> tags,
        String time,
        String exactTime) {

    public ConversationRowViewModel {
        tags = List.copyOf(tags);
    }
}
