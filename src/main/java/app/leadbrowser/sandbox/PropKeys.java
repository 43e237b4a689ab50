package app.leadbrowser.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every prop name the demo workspace uses, each with a fixed slot: system props, then each event type's
 * {@code $event_N_first|last|count}, then custom props. A lead keeps its values in an array by slot
 * ({@link LeadProps}), which is far smaller than a map per lead and needs no hashing to build.
 */
final class PropKeys {
    private PropKeys() {}

    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Boolean> DATES = new ArrayList<>();
    private static final Map<String, Integer> SLOTS = new HashMap<>();

    static final int NAME = add("$name", false);
    static final int EMAIL = add("$email", false);
    static final int PHONE = add("$phone", false);
    static final int USER_ID = add("$user_id", false);
    static final int LAST_SEEN = add("$last_seen", true);
    static final int SESSIONS = add("$sessions", false);
    static final int COUNTRY = add("$country", false);
    static final int REGION = add("$region", false);
    static final int CITY = add("$city", false);
    static final int INITIAL_REFERRER = add("$initial_referrer", false);
    static final int UTM_SOURCE = add("$utm_source", false);
    static final int UTM_MEDIUM = add("$utm_medium", false);
    static final int UTM_CAMPAIGN = add("$utm_campaign", false);
    static final int AVATAR = add("$avatar", false);
    static final int LAST_REPLY = add("$last_reply", true);
    static final int LAST_CONTACTED = add("$last_contacted", true);

    /** The first slot of event stats; each event type takes three: first, last, count. */
    static final int FIRST_EVENT_SLOT = NAMES.size();

    static {
        for (DemoCatalog.EventPlan plan : DemoCatalog.EVENT_PLANS) {
            add(plan.type().firstKey(), true);
            add(plan.type().lastKey(), true);
            add(plan.type().countKey(), false);
        }
    }

    /** The first slot of custom props (names without {@code $}). */
    static final int FIRST_CUSTOM_SLOT = NAMES.size();

    static final int PLAN = add("plan", false);
    static final int COMPANY = add("company", false);
    static final int ORDERS = add("orders", false);
    static final int LTV = add("ltv", false);
    static final int SUBSCRIBED = add("subscribed", false);
    static final int VIEWED_CATEGORIES = add("viewed_categories", false);

    static final int COUNT = NAMES.size();

    /** The slot of the first ({@code +0}), last ({@code +1}) and count ({@code +2}) of the event type at {@code index}. */
    static int eventSlot(int eventIndex) {
        return FIRST_EVENT_SLOT + 3 * eventIndex;
    }

    /** The slot of a prop name, or -1 for a name the workspace does not use. */
    static int slot(String name) {
        Integer slot = SLOTS.get(name);
        return slot == null ? -1 : slot;
    }

    static String name(int slot) {
        return NAMES.get(slot);
    }

    /** Date props are kept as unix seconds and shown as ISO text. */
    static boolean isDate(int slot) {
        return DATES.get(slot);
    }

    private static int add(String name, boolean date) {
        SLOTS.put(name, NAMES.size());
        NAMES.add(name);
        DATES.add(date);
        return NAMES.size() - 1;
    }
}
