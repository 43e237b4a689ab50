package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One lead as the sandbox keeps it. The props are in {@code slots} by {@link PropKeys} slot (never changed after
 * construction); the maps the API shows are views over them. Times are unix seconds.
 */
record StoredLead(
        long id,
        String userId,
        Presence presence,
        String removed,
        String mapUrl,
        Object[] slots,
        Map<String, Object> presenceDetails,
        MailStatus emailStatus,
        List<StoredNote> notes,
        List<String> tags,
        Integer timezoneOffset,
        long createdAt,
        long historySeed) {

    /** The props the leads list shows and filters test: system, event and custom props in one. */
    LeadProps listProps() {
        return new LeadProps(slots, 0, PropKeys.COUNT);
    }

    /** System props (names start with {@code $}), the User object's {@code props}. */
    LeadProps props() {
        return new LeadProps(slots, 0, PropKeys.FIRST_EVENT_SLOT);
    }

    LeadProps propsEvents() {
        return new LeadProps(slots, PropKeys.FIRST_EVENT_SLOT, PropKeys.FIRST_CUSTOM_SLOT);
    }

    LeadProps propsCustom() {
        return new LeadProps(slots, PropKeys.FIRST_CUSTOM_SLOT, PropKeys.COUNT);
    }

    /** This lead last seen at {@code epochSecond}: a copy, since the slots of a lead never change. */
    StoredLead seenAt(long epochSecond) {
        Object[] seen = slots.clone();
        seen[PropKeys.LAST_SEEN] = epochSecond;
        return new StoredLead(
                id,
                userId,
                presence,
                removed,
                mapUrl,
                seen,
                presenceDetails,
                emailStatus,
                notes,
                tags,
                timezoneOffset,
                createdAt,
                historySeed);
    }

    Object slot(int slot) {
        return slots[slot];
    }

    /** The lead's event stats, in event type order. */
    List<EventCount> events() {
        List<EventCount> events = new ArrayList<>();
        List<DemoCatalog.EventPlan> plans = DemoCatalog.EVENT_PLANS;
        for (int i = 0; i < plans.size(); i++) {
            int at = PropKeys.eventSlot(i);
            if (slots[at + 2] instanceof Integer count) {
                events.add(new EventCount(i, plans.get(i).type(), count, (Long) slots[at], (Long) slots[at + 1]));
            }
        }
        return events;
    }

    /** How often the lead did one event type (the catalog's {@code typeIndex}th), and when first and last. */
    record EventCount(int typeIndex, DemoEventType type, int count, long first, long last) {}

    /** A note on the lead. */
    record StoredNote(long id, Admin author, String body, long created) {}

    /** The lead's email status; {@code updated} is a datetime with offset, as the API writes it. */
    record MailStatus(long id, String status, String updated) {}

    /** An admin (or bot) of the workspace: authors notes, answers conversations. */
    record Admin(long id, String name, String avatar, String type) {}
}
