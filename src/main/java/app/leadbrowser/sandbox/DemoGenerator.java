package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.sandbox.DemoCatalog.EventPlan;
import app.leadbrowser.sandbox.DemoCountries.City;
import app.leadbrowser.sandbox.DemoCountries.Country;
import app.leadbrowser.sandbox.StoredLead.Admin;
import app.leadbrowser.sandbox.StoredLead.MailStatus;
import app.leadbrowser.sandbox.StoredLead.StoredNote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

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
    private final Map<String, String> mapUrls = new ConcurrentHashMap<>();

    DemoGenerator(long seed, long anchorEpochSecond) {
        this.anchor = anchorEpochSecond;
        this.random = new SplittableRandom(seed);
        this.totalWeight = totalWeight();
    }

    /**
     * The {@code count} demo leads, ids ascending. The ids and each lead's own random source are drawn in order
     * (that is what makes the data the seed's), then the leads are made on every core: 100,000 leads within a second.
     */
    List<StoredLead> leads(int count) {
        long[] ids = new long[count];
        SplittableRandom[] sources = new SplittableRandom[count];
        for (int i = 0; i < count; i++) {
            ids[i] = FIRST_ID + i * ID_STEP + random.nextInt((int) ID_STEP);
            sources[i] = random.split();
        }
        StoredLead[] leads = new StoredLead[count];
        IntStream.range(0, count).parallel().forEach(i -> leads[i] = lead(i, ids[i], sources[i]));
        return new ArrayList<>(Arrays.asList(leads));
    }

    /** A new, complete lead last seen at {@code lastSeen} and online (the "inserted at the top" lead). */
    StoredLead freshLead(int ordinal, long id, long lastSeen) {
        StoredLead base = lead(ordinal, id, random.split());
        Object[] slots = base.slots().clone();
        slots[PropKeys.LAST_SEEN] = lastSeen;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("$last_seen", IsoDates.format(lastSeen));
        details.put("url", SHOP.concat("/"));
        details.put("page", "Home");
        details.put("session_started", lastSeen - 60);
        return new StoredLead(
                base.id(),
                base.userId(),
                Presence.ONLINE,
                null,
                base.mapUrl(),
                slots,
                Collections.unmodifiableMap(details),
                base.emailStatus(),
                base.notes(),
                base.tags(),
                base.timezoneOffset(),
                base.createdAt(),
                base.historySeed());
    }

    /** The lead Dashly creates for {@code by_user_id=true} with an unknown User ID: nothing but that User ID. */
    static StoredLead bareLead(long id, String userId, long now) {
        Object[] slots = new Object[PropKeys.COUNT];
        slots[PropKeys.USER_ID] = userId;
        return new StoredLead(
                id, userId, Presence.OFFLINE, null, null, slots, Map.of(), null, List.of(), List.of(), null, now, id);
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

        Object[] slots = new Object[PropKeys.COUNT];
        boolean hasName = r.nextInt(100) < 85;
        if (hasName) {
            slots[PropKeys.NAME] = r.nextInt(100) < 8 ? first : text(first, " ", surname);
        }
        boolean hasEmail = r.nextInt(100) < 80;
        boolean hasPhone = r.nextInt(100) < 55;
        String userId = r.nextInt(100) < 40 ? Long.toString(50_000L + ordinal * 3L + r.nextInt(3)) : null;
        if (!hasName && !hasPhone && userId == null) {
            hasEmail = true; // a lead is a user with a contact
        }
        String email = hasEmail ? email(r, first, surname, country) : null;
        slots[PropKeys.EMAIL] = email;
        if (hasPhone) {
            slots[PropKeys.PHONE] = phone(r, country);
        }
        slots[PropKeys.USER_ID] = userId;
        slots[PropKeys.LAST_SEEN] = lastSeen;
        slots[PropKeys.SESSIONS] = 1 + (int) (Math.pow(r.nextDouble(), 3) * 120);
        if (located) {
            slots[PropKeys.COUNTRY] = country.name();
            slots[PropKeys.REGION] = city.region();
            slots[PropKeys.CITY] = city.name();
        }
        if (r.nextInt(100) < 70) {
            slots[PropKeys.INITIAL_REFERRER] = pick(r, DemoVocabulary.REFERRERS);
        }
        if (r.nextInt(100) < 60) {
            slots[PropKeys.UTM_SOURCE] = pick(r, DemoVocabulary.UTM_SOURCES);
            slots[PropKeys.UTM_MEDIUM] = pick(r, DemoVocabulary.UTM_MEDIUMS);
            if (r.nextBoolean()) {
                slots[PropKeys.UTM_CAMPAIGN] = pick(r, DemoVocabulary.UTM_CAMPAIGNS);
            }
        }
        if (r.nextInt(100) < 15) {
            slots[PropKeys.AVATAR] = text("https://files.dashly.app/avatars/demo-", ordinal, ".jpg");
        }
        if (r.nextInt(100) < 10) {
            slots[PropKeys.LAST_REPLY] = between(r, created, lastSeen);
        }
        if (r.nextInt(100) < 20) {
            slots[PropKeys.LAST_CONTACTED] = between(r, created, lastSeen);
        }

        List<EventPlan> plans = DemoCatalog.EVENT_PLANS;
        for (int i = 0; i < plans.size(); i++) {
            EventPlan plan = plans.get(i);
            if (r.nextDouble() >= plan.share()) {
                continue;
            }
            int count = Math.min(plan.maxCount(), 1 + (int) (Math.pow(r.nextDouble(), 2) * plan.maxCount()));
            long firstAt = between(r, created, lastSeen);
            int at = PropKeys.eventSlot(i);
            slots[at] = firstAt;
            slots[at + 1] = count == 1 ? firstAt : between(r, firstAt, lastSeen);
            slots[at + 2] = count;
        }
        customProps(r, slots);

        Map<String, Object> details = Map.of();
        if (presence != Presence.OFFLINE) {
            int page = r.nextInt(DemoVocabulary.PAGES.size());
            Map<String, Object> d = new LinkedHashMap<>();
            if (hasName) {
                d.put("$name", slots[PropKeys.NAME]);
            }
            d.put("$last_seen", IsoDates.format(lastSeen));
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
                slots,
                details,
                mail,
                notes(r, ordinal, created),
                tags(r),
                timezone,
                created,
                r.nextLong());
    }

    private static void customProps(SplittableRandom r, Object[] slots) {
        if (r.nextInt(100) < 90) {
            int roll = r.nextInt(100);
            slots[PropKeys.PLAN] = DemoVocabulary.PLANS.get(roll < 50 ? 0 : roll < 75 ? 1 : roll < 90 ? 2 : 3);
        }
        if (r.nextInt(100) < 30) {
            slots[PropKeys.COMPANY] = pick(r, DemoVocabulary.COMPANIES);
        }
        int orders = slots[PropKeys.eventSlot(DemoCatalog.ORDER_CREATED_INDEX) + 2] instanceof Integer n ? n : 0;
        if (orders > 0 || r.nextInt(100) < 30) {
            slots[PropKeys.ORDERS] = orders;
            if (orders > 0) {
                slots[PropKeys.LTV] = Math.round(orders * (20 + r.nextDouble() * 280) * 100) / 100.0;
            }
        }
        if (r.nextInt(100) < 80) {
            boolean subscribedEvent = slots[PropKeys.eventSlot(DemoCatalog.SUBSCRIBED_INDEX) + 2] != null;
            slots[PropKeys.SUBSCRIBED] = subscribedEvent || r.nextInt(100) < 40;
        }
        if (r.nextBoolean()) {
            List<String> all = DemoVocabulary.CATEGORIES;
            String[] categories = all.toArray(new String[0]);
            int keep = 1 + r.nextInt(5);
            for (int i = 0; i < keep; i++) {
                int j = i + r.nextInt(categories.length - i);
                String swap = categories[i];
                categories[i] = categories[j];
                categories[j] = swap;
            }
            slots[PropKeys.VIEWED_CATEGORIES] = List.of(java.util.Arrays.copyOf(categories, keep));
        }
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

    /**
     * Joins the parts' text. The generator builds its strings with this rather than {@code +}: each {@code +}
     * shape costs an invokedynamic bootstrap on first use, a real share of a cold start.
     */
    private static String text(Object... parts) {
        StringBuilder out = new StringBuilder(48);
        for (Object part : parts) {
            out.append(part);
        }
        return out.toString();
    }

    private static int totalWeight() {
        int total = 0;
        for (Country country : DemoCountries.COUNTRIES) {
            total += country.weight();
        }
        return total;
    }

    private Country pick(SplittableRandom r) {
        int roll = r.nextInt(totalWeight);
        for (Country country : DemoCountries.COUNTRIES) {
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
            return male.substring(0, male.length() - 2).concat("ая");
        }
        return male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ёв") || male.endsWith("ин")
                ? male.concat("а")
                : male;
    }

    private static String email(SplittableRandom r, String first, String surname, Country country) {
        String local = AsciiWords.asciiWord(first);
        switch (r.nextInt(4)) {
            case 0 -> local = text(local, ".", AsciiWords.asciiWord(surname));
            case 1 -> local = text(local.charAt(0), AsciiWords.asciiWord(surname));
            case 2 -> local = text(local, 1960 + r.nextInt(45));
            default -> local = text(local, "_", AsciiWords.asciiWord(surname), r.nextInt(100));
        }
        return text(local, "@", pick(r, country.mailDomains()));
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
        return text(IsoDates.format(at + 3 * 3600), ".", micros, "+03:00");
    }

    private String mapUrl(City city) {
        return mapUrls.computeIfAbsent(
                city.name(),
                name -> text(
                        "https://www.openstreetmap.org/?mlat=",
                        city.lat(),
                        "&mlon=",
                        city.lon(),
                        "#map=11/",
                        city.lat(),
                        "/",
                        city.lon()));
    }
}
