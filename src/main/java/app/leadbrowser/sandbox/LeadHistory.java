package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.sandbox.StoredLead.Admin;
import app.leadbrowser.sandbox.StoredLead.EventCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A lead's events and conversations, made on request from the lead's own seed (so they cost nothing until asked
 * for, and are the same every time). The events agree with the lead's event stats: per type, as many as
 * {@code count}, the oldest at {@code first}, the newest at {@code last}.
 *
 * <p>Ids grow with time within a lead, and each lead has its own id range (its id's distance from the first lead
 * id, times the most items a lead can have), so "before position X" is simply "id below X".
 */
final class LeadHistory {
    private static final long EVENT_IDS = 10_000_000_000L;
    private static final long EVENTS_PER_LEAD = 1000;
    private static final long CONVERSATION_IDS = 30_000_000_000L;
    private static final long CONVERSATIONS_PER_LEAD = 100;
    /** The share (in %) of leads with conversations: most on the site now are talking to the shop. */
    private static final int TALKING_SHARE = 30;

    private static final int TALKING_SHARE_ONLINE = 60;
    /** The share (in %) of those whose conversations span several pages (25..60, more than one page of 20). */
    private static final int TALKATIVE_SHARE = 5;

    private static final String SHOP = "https://demo-shop.example";

    private LeadHistory() {}

    /** One event; {@code created} in unix seconds. */
    record Event(long id, long created, DemoEventType type, Map<String, Object> props) {}

    /** One conversation; times in unix seconds; {@code lastFrom} is null when the lead wrote the last part. */
    record Conversation(
            long id,
            long created,
            long lastUpdate,
            boolean closed,
            boolean read,
            boolean replied,
            String type,
            List<String> tags,
            int partsCount,
            String lastBody,
            Admin lastFrom,
            Admin assignee) {}

    /** The lead's events, newest first. */
    static List<Event> events(StoredLead lead) {
        List<long[]> moments = new ArrayList<>(); // {time, event type index}
        SplittableRandom r = new SplittableRandom(lead.historySeed());
        List<EventCount> stats = lead.events();
        for (EventCount stat : stats) {
            long typeIndex = stat.typeIndex();
            moments.add(new long[] {stat.first(), typeIndex});
            if (stat.count() > 1) {
                moments.add(new long[] {stat.last(), typeIndex});
            }
            for (int k = 2; k < stat.count(); k++) {
                moments.add(
                        new long[] {stat.first() + (long) (r.nextDouble() * (stat.last() - stat.first())), typeIndex});
            }
        }
        moments.sort(Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1]));
        long base = EVENT_IDS + (lead.id() - DemoGenerator.FIRST_ID) * EVENTS_PER_LEAD;
        List<Event> events = new ArrayList<>(moments.size());
        for (int k = 0; k < moments.size(); k++) {
            DemoEventType type =
                    DemoCatalog.EVENT_PLANS.get((int) moments.get(k)[1]).type();
            events.add(new Event(base + k, moments.get(k)[0], type, eventProps(type, r)));
        }
        Collections.reverse(events);
        return events;
    }

    /** The lead's conversations, most recently updated first. */
    static List<Conversation> conversations(StoredLead lead) {
        SplittableRandom r = new SplittableRandom(lead.historySeed() ^ 0x5DEECE66DL);
        boolean onSite = lead.presence() == Presence.ONLINE || lead.presence() == Presence.IDLE;
        if (r.nextInt(100) >= (onSite ? TALKING_SHARE_ONLINE : TALKING_SHARE)) {
            return List.of();
        }
        int count = 1 + r.nextInt(5);
        // a separate stream, so that the other leads' conversations stay as they were
        SplittableRandom talk = new SplittableRandom(lead.historySeed() ^ 0x2545F4914F6CDD1DL);
        if (talk.nextInt(100) < TALKATIVE_SHARE) {
            count = 25 + talk.nextInt(36);
        }
        long lastSeen = lead.slot(PropKeys.LAST_SEEN) instanceof Long seen ? seen : lead.createdAt();
        List<Conversation> conversations = new ArrayList<>(count);
        long base = CONVERSATION_IDS + (lead.id() - DemoGenerator.FIRST_ID) * CONVERSATIONS_PER_LEAD;
        long at = lead.createdAt();
        for (int k = 0; k < count; k++) {
            long created = at + (long) (r.nextDouble() * Math.max(1, lastSeen - at) / 2);
            long updated = Math.min(lastSeen, created + r.nextInt(3 * 86_400)); // never after the lead's last visit
            at = updated;
            List<Admin> admins = DemoCatalog.ADMINS;
            Admin assignee = r.nextInt(4) == 0 ? null : admins.get(r.nextInt(admins.size()));
            boolean adminLast = r.nextBoolean();
            conversations.add(new Conversation(
                    base + k,
                    created,
                    updated,
                    k < count - 1 || r.nextBoolean(),
                    r.nextInt(10) > 0,
                    adminLast,
                    r.nextInt(3) == 0 ? "email" : "chat",
                    r.nextInt(3) == 0
                            ? List.of(DemoVocabulary.TAGS.get(r.nextInt(DemoVocabulary.TAGS.size())))
                            : List.of(),
                    2 + r.nextInt(12),
                    DemoVocabulary.CONVERSATION_BODIES.get(r.nextInt(DemoVocabulary.CONVERSATION_BODIES.size())),
                    adminLast ? (assignee != null ? assignee : admins.get(0)) : null,
                    assignee));
        }
        Collections.reverse(conversations);
        return conversations;
    }

    private static Map<String, Object> eventProps(DemoEventType type, SplittableRandom r) {
        Map<String, Object> props = new LinkedHashMap<>();
        switch (type.name()) {
            case "Viewed product", "Added to cart", "Abandoned cart" -> {
                props.put("product", DemoVocabulary.PRODUCTS.get(r.nextInt(DemoVocabulary.PRODUCTS.size())));
                props.put("category", DemoVocabulary.CATEGORIES.get(r.nextInt(DemoVocabulary.CATEGORIES.size())));
                props.put("price", 5 + r.nextInt(500));
            }
            case "Order created", "Order paid" -> {
                props.put("order_id", "A-" + (100_000 + r.nextInt(900_000)));
                props.put("amount", Math.round((10 + r.nextDouble() * 990) * 100) / 100.0);
                props.put("items", 1 + r.nextInt(6));
            }
            case "Used promo code" -> props.put("code", r.nextBoolean() ? "SPRING10" : "WELCOME5");
            case "Upgraded plan" -> props.put("plan", r.nextBoolean() ? "pro" : "enterprise");
            case "Visited blog", "Scrolled page", "Viewed pricing", "Read FAQ" -> props.put(
                    "url", SHOP + DemoVocabulary.PAGES.get(r.nextInt(DemoVocabulary.PAGES.size())));
            default -> {
                // no props for this event type
            }
        }
        return props;
    }
}
