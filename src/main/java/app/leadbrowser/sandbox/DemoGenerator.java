package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.sandbox.DemoCatalog.EventPlan;
import app.leadbrowser.sandbox.DemoVocabulary.City;
import app.leadbrowser.sandbox.DemoVocabulary.Country;
import app.leadbrowser.sandbox.StoredLead.Admin;
import app.leadbrowser.sandbox.StoredLead.EventCount;
import app.leadbrowser.sandbox.StoredLead.MailStatus;
import app.leadbrowser.sandbox.StoredLead.StoredNote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the demo leads from a seed: the same seed and anchor always give the same leads. Every time is relative to
 * the anchor (the server's start, truncated to the day), so "seen in the last N days" filters stay meaningful.
 */
final class DemoGenerator {
    /** Lead ids start above 2^53, like the docs' sample, so that a client that reads them as doubles breaks. */
    static final long FIRST_ID = 1_448_121_617_782_670_208L;
    /** Ids grow by at most this much per lead; a lead's event ids use the same spacing (see {@link LeadHistory}). */
    static final long ID_STEP = 1000;

    private static final long DAY = 86_400;
    private static final long YEAR = 365 * DAY;
    private static final String SHOP = "https://demo-shop.example";
    private static final List<String> EMAIL_STATUSES = List.of(
            "confirmed",
            "confirmed",
            "confirmed",
            "confirmed",
            "confirmed",
            "confirmed",
            "confirmed",
            "confirmed",
            "not_confirmed",
            "not_confirmed",
            "not_confirmed",
            "not_confirmed",
            "validation",
            "not_valid",
            "not_valid",
            "bounced",
            "bounced",
            "spam",
            "unsubscribed",
            "unsubscribed",
            "black_list");

    private final long anchor;
    private final SplittableRandom random;
    private final int totalWeight;
    private final Map<City, String> mapUrls = new HashMap<>();

    DemoGenerator(long seed, long anchorEpochSecond) {
        this.anchor = anchorEpochSecond;
        this.random = new SplittableRandom(seed);
        this.totalWeight =
                DemoVocabulary.COUNTRIES.stream().mapToInt(Country::weight).sum();
    }

    /** The {@code count} demo leads, ids ascending. */
    List<StoredLead> leads(int count) {
        List<StoredLead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = FIRST_ID + i * ID_STEP + random.nextInt((int) ID_STEP);
            leads.add(lead(i, id, random.split()));
        }
        return leads;
    }

    /** A new, complete lead last seen at {@code lastSeen} (the "inserted at the top" lead). */
    StoredLead freshLead(int ordinal, long id, long lastSeen) {
        StoredLead base = lead(ordinal, id, random.split());
        Map<String, Object> props = new LinkedHashMap<>(base.props());
        props.put("$last_seen", IsoDates.format(lastSeen));
        return withProps(base, props, lastSeen);
    }

    /** The lead Dashly creates for {@code by_user_id=true} with an unknown User ID: nothing but that User ID. */
    static StoredLead bareLead(long id, String userId, long now) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("$user_id", userId);
        return new StoredLead(
                id,
                userId,
                Presence.OFFLINE,
                null,
                null,
                Collections.unmodifiableMap(props),
                Map.of(),
                Map.of(),
                Collections.unmodifiableMap(props),
                Map.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                now,
                id);
    }

    private StoredLead lead(int ordinal, long id, SplittableRandom r) {
        Country country = pick(r);
        boolean located = r.nextInt(100) < 90;
        City city = country.cities().get(r.nextInt(country.cities().size()));
        boolean female = r.nextBoolean();
        String first = pick(r, female ? country.femaleNames() : country.maleNames());
        String surname = surname(pick(r, country.surnames()), female && country.femaleSurnames());

        int presenceRoll = r.nextInt(1000);
        Presence presence = presenceRoll < 15 ? Presence.ONLINE : presenceRoll < 30 ? Presence.IDLE : Presence.OFFLINE;
        long lastSeen = presence == Presence.OFFLINE
                ? anchor - 600 - (long) (YEAR * Math.pow(r.nextDouble(), 1.7))
                : anchor - r.nextInt(900);
        long created = Math.max(anchor - 2 * YEAR, lastSeen - (long) (r.nextDouble() * 400 * DAY));

        Map<String, Object> props = new LinkedHashMap<>(24);
        boolean hasName = r.nextInt(100) < 85;
        if (hasName) {
            props.put("$name", r.nextInt(100) < 8 ? first : first + " " + surname);
        }
        String companyName = r.nextInt(100) < 30 ? pick(r, DemoVocabulary.COMPANIES) : null;
        boolean hasEmail = r.nextInt(100) < 80;
        boolean hasPhone = r.nextInt(100) < 55;
        String userId = r.nextInt(100) < 40 ? Long.toString(50_000L + ordinal * 3L + r.nextInt(3)) : null;
        if (!hasName && !hasPhone && userId == null) {
            hasEmail = true; // a lead is a user with a contact
        }
        String email = hasEmail ? email(r, first, surname, country) : null;
        if (email != null) {
            props.put("$email", email);
        }
        if (hasPhone) {
            props.put("$phone", phone(r, country));
        }
        if (userId != null) {
            props.put("$user_id", userId);
        }
        props.put("$last_seen", IsoDates.format(lastSeen));
        int sessions = 1 + (int) (Math.pow(r.nextDouble(), 3) * 120);
        props.put("$sessions", sessions);
        if (located) {
            props.put("$country", country.name());
            props.put("$region", city.region());
            props.put("$city", city.name());
        }
        if (r.nextInt(100) < 70) {
            props.put("$initial_referrer", pick(r, DemoVocabulary.REFERRERS));
        }
        if (r.nextInt(100) < 60) {
            props.put("$utm_source", pick(r, DemoVocabulary.UTM_SOURCES));
            props.put("$utm_medium", pick(r, DemoVocabulary.UTM_MEDIUMS));
            if (r.nextBoolean()) {
                props.put("$utm_campaign", pick(r, DemoVocabulary.UTM_CAMPAIGNS));
            }
        }
        if (r.nextInt(100) < 15) {
            props.put("$avatar", "https://files.dashly.app/avatars/demo-" + ordinal + ".jpg");
        }
        if (r.nextInt(100) < 10) {
            props.put("$last_reply", IsoDates.format(between(r, created, lastSeen)));
        }
        if (r.nextInt(100) < 20) {
            props.put("$last_contacted", IsoDates.format(between(r, created, lastSeen)));
        }

        List<EventCount> events = new ArrayList<>();
        Map<String, Object> propsEvents = new LinkedHashMap<>();
        for (EventPlan plan : DemoCatalog.EVENT_PLANS) {
            if (r.nextDouble() >= plan.share()) {
                continue;
            }
            int count = 1 + (int) (Math.pow(r.nextDouble(), 2) * plan.maxCount());
            count = Math.min(count, plan.maxCount());
            long firstAt = between(r, created, lastSeen);
            long lastAt = count == 1 ? firstAt : between(r, firstAt, lastSeen);
            events.add(new EventCount(plan.type(), count, firstAt, lastAt));
            propsEvents.put(plan.type().firstKey(), IsoDates.format(firstAt));
            propsEvents.put(plan.type().lastKey(), IsoDates.format(lastAt));
            propsEvents.put(plan.type().countKey(), count);
        }

        Map<String, Object> custom = customProps(r, companyName, events);
        Map<String, Object> listProps = new LinkedHashMap<>(props.size() + propsEvents.size() + custom.size());
        listProps.putAll(props);
        listProps.putAll(propsEvents);
        listProps.putAll(custom);

        Map<String, Object> details = Map.of();
        if (presence != Presence.OFFLINE) {
            int page = r.nextInt(DemoVocabulary.PAGES.size());
            Map<String, Object> d = new LinkedHashMap<>();
            if (hasName) {
                d.put("$name", props.get("$name"));
            }
            d.put("$last_seen", props.get("$last_seen"));
            d.put("url", SHOP + DemoVocabulary.PAGES.get(page));
            d.put("page", DemoVocabulary.PAGE_TITLES.get(page));
            d.put("session_started", lastSeen - 60 - r.nextInt(3600));
            details = Collections.unmodifiableMap(d);
        }

        MailStatus mail = email == null
                ? null
                : new MailStatus(954_000L + ordinal, pick(r, EMAIL_STATUSES), offsetDateTime(r, created, lastSeen));
        String removed = r.nextInt(100) == 0 ? IsoDates.format(between(r, lastSeen, anchor)) : null;
        Integer timezone = located && r.nextInt(100) < 90 ? city.utcOffsetMinutes() : null;

        return new StoredLead(
                id,
                userId,
                presence,
                removed,
                located ? mapUrl(city) : null,
                Collections.unmodifiableMap(props),
                Collections.unmodifiableMap(custom),
                Collections.unmodifiableMap(propsEvents),
                Collections.unmodifiableMap(listProps),
                details,
                mail,
                List.copyOf(events),
                notes(r, ordinal, created),
                tags(r),
                timezone,
                created,
                r.nextLong());
    }

    private Map<String, Object> customProps(SplittableRandom r, String company, List<EventCount> events) {
        Map<String, Object> custom = new LinkedHashMap<>();
        if (r.nextInt(100) < 90) {
            int roll = r.nextInt(100);
            custom.put("plan", DemoVocabulary.PLANS.get(roll < 50 ? 0 : roll < 75 ? 1 : roll < 90 ? 2 : 3));
        }
        if (company != null) {
            custom.put("company", company);
        }
        int orders = countOf(events, DemoCatalog.ORDER_CREATED);
        if (orders > 0 || r.nextInt(100) < 30) {
            custom.put("orders", orders);
            if (orders > 0) {
                custom.put("ltv", Math.round(orders * (20 + r.nextDouble() * 280) * 100) / 100.0);
            }
        }
        if (r.nextInt(100) < 80) {
            custom.put("subscribed", countOf(events, DemoCatalog.SUBSCRIBED) > 0 || r.nextInt(100) < 40);
        }
        if (r.nextBoolean()) {
            List<String> categories = new ArrayList<>(DemoVocabulary.CATEGORIES);
            int keep = 1 + r.nextInt(5);
            for (int i = 0; i < keep; i++) {
                Collections.swap(categories, i, i + r.nextInt(categories.size() - i));
            }
            custom.put("viewed_categories", List.copyOf(categories.subList(0, keep)));
        }
        return custom;
    }

    private List<StoredNote> notes(SplittableRandom r, int ordinal, long created) {
        if (r.nextInt(100) >= 12) {
            return List.of();
        }
        int count = 1 + r.nextInt(3);
        List<StoredNote> notes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Admin author = DemoCatalog.ADMINS.get(r.nextInt(DemoCatalog.ADMINS.size()));
            notes.add(new StoredNote(
                    900_000L + ordinal * 4L + i,
                    author,
                    pick(r, DemoVocabulary.NOTE_BODIES),
                    between(r, created, anchor)));
        }
        return List.copyOf(notes);
    }

    private static List<String> tags(SplittableRandom r) {
        if (r.nextInt(100) >= 25) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(3);
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            String tag = pick(r, DemoVocabulary.TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static int countOf(List<EventCount> events, DemoEventType type) {
        for (EventCount e : events) {
            if (e.type().equals(type)) {
                return e.count();
            }
        }
        return 0;
    }

    private Country pick(SplittableRandom r) {
        int roll = r.nextInt(totalWeight);
        for (Country country : DemoVocabulary.COUNTRIES) {
            roll -= country.weight();
            if (roll < 0) {
                return country;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static long between(SplittableRandom r, long from, long to) {
        return to <= from ? from : from + (long) (r.nextDouble() * (to - from));
    }

    private static String surname(String male, boolean female) {
        if (!female) {
            return male;
        }
        if (male.endsWith("ий")) {
            return male.substring(0, male.length() - 2) + "ая";
        }
        return male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ёв") || male.endsWith("ин")
                ? male + "а"
                : male;
    }

    private static String email(SplittableRandom r, String first, String surname, Country country) {
        String local = DemoVocabulary.asciiWord(first);
        switch (r.nextInt(4)) {
            case 0 -> local = local + "." + DemoVocabulary.asciiWord(surname);
            case 1 -> local = local.charAt(0) + DemoVocabulary.asciiWord(surname);
            case 2 -> local = local + (1960 + r.nextInt(45));
            default -> local = local + "_" + DemoVocabulary.asciiWord(surname) + r.nextInt(100);
        }
        return local + "@" + pick(r, country.mailDomains());
    }

    private static String phone(SplittableRandom r, Country country) {
        StringBuilder phone =
                new StringBuilder(20).append(country.phonePrefix()).append(' ');
        if (country.phonePrefix().equals("+7")) {
            phone.append('9')
                    .append(digits(r, 2))
                    .append(' ')
                    .append(digits(r, 3))
                    .append('-');
            return phone.append(digits(r, 2)).append('-').append(digits(r, 2)).toString();
        }
        return phone.append(1 + r.nextInt(9))
                .append(digits(r, 2))
                .append(' ')
                .append(digits(r, 3))
                .append(' ')
                .append(digits(r, 4))
                .toString();
    }

    private static String digits(SplittableRandom r, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(out);
    }

    /** A datetime with offset and microseconds, as EmailStatus.updated is written ({@code +03:00}). */
    private static String offsetDateTime(SplittableRandom r, long from, long to) {
        long at = between(r, from, to);
        String micros = Integer.toString(1_000_000 + r.nextInt(1_000_000)).substring(1);
        return IsoDates.format(at + 3 * 3600) + "." + micros + "+03:00";
    }

    private String mapUrl(City city) {
        return mapUrls.computeIfAbsent(city, c -> {
            String at = c.lat() + "/" + c.lon();
            return "https://www.openstreetmap.org/?mlat=" + c.lat() + "&mlon=" + c.lon() + "#map=11/" + at;
        });
    }

    private static StoredLead withProps(StoredLead lead, Map<String, Object> props, long lastSeen) {
        Map<String, Object> listProps = new LinkedHashMap<>(props);
        listProps.putAll(lead.propsEvents());
        listProps.putAll(lead.propsCustom());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("$last_seen", props.get("$last_seen"));
        details.put("url", SHOP + "/");
        details.put("page", "Home");
        details.put("session_started", lastSeen - 60);
        return new StoredLead(
                lead.id(),
                lead.userId(),
                Presence.ONLINE,
                null,
                lead.mapUrl(),
                Collections.unmodifiableMap(props),
                lead.propsCustom(),
                lead.propsEvents(),
                Collections.unmodifiableMap(listProps),
                Collections.unmodifiableMap(details),
                lead.emailStatus(),
                lead.events(),
                lead.notes(),
                lead.tags(),
                lead.timezoneOffset(),
                lead.createdAt(),
                lead.historySeed());
    }
}
