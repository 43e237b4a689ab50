package app.leadbrowser.ui.online;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;

/**
 * One lead of the Online now list, its values already turned into text.
 *
 * @param lead the lead as {@code activeusers} gave it
 * @param name its name, or a stand-in for an unnamed lead
 * @param contact its email, else its phone; may be empty
 * @param lastSeen when it was last seen, relative ("5 min ago"); may be empty
 * @param lastSeenExact the same to the second, for a tooltip; may be empty
 * @param location "City, Country"; may be empty
 */
public record OnlineLeadRowViewModel(
        LeadSummary lead, String name, String contact, String lastSeen, String lastSeenExact, String location) {

    public String id() {
        return lead.id();
    }

    public Presence presence() {
        return lead.presence();
    }
}
