package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.Presence;
import java.util.List;
import java.util.Map;

/**
 * One lead as the sandbox keeps it: everything precomputed, so a request only reads. {@code listProps} is the map
 * the leads list returns and filters evaluate (system, event and custom props in one); times are unix seconds.
 */
record StoredLead(
        long id,
        String userId,
        Presence presence,
        String removed,
        String mapUrl,
        Map<String, Object> props,
        Map<String, Object> propsCustom,
        Map<String, Object> propsEvents,
        Map<String, Object> listProps,
        Map<String, Object> presenceDetails,
        MailStatus emailStatus,
        List<EventCount> events,
        List<StoredNote> notes,
        List<String> tags,
        Integer timezoneOffset,
        long createdAt,
        long historySeed) {

    /** How often the lead did one event type, and when first and last. */
    record EventCount(DemoEventType type, int count, long first, long last) {}

    /** A note on the lead. */
    record StoredNote(long id, Admin author, String body, long created) {}

    /** The lead's email status; {@code updated} is a datetime with offset, as the API writes it. */
    record MailStatus(long id, String status, String updated) {}

    /** An admin (or bot) of the workspace: authors notes, answers conversations. */
    record Admin(long id, String name, String avatar, String type) {}
}
