package app.leadbrowser.sandbox;

import app.leadbrowser.sandbox.StoredLead.Admin;
import java.util.List;

/** The fixed parts of the demo workspace: its event types (with how likely and how often leads do them), admins, segments. */
final class DemoCatalog {
    private DemoCatalog() {}

    /** An event type and how the generator uses it: the share of leads that did it and the most times one did. */
    record EventPlan(DemoEventType type, double share, int maxCount) {}

    static final List<EventPlan> EVENT_PLANS = List.of(
            plan(5801, "Viewed product", 1, true, 0.70, 60),
            plan(5802, "Added to cart", 5, true, 0.35, 10),
            plan(5803, "Order created", 20, true, 0.22, 12),
            plan(5804, "Order paid", 25, true, 0.18, 10),
            plan(5805, "Signed up", 10, true, 0.45, 1),
            plan(5806, "Logged in", 1, true, 0.40, 80),
            plan(5807, "Opened chat", 3, true, 0.20, 6),
            plan(5808, "Subscribed to newsletter", 5, true, 0.30, 1),
            plan(5809, "Downloaded price list", 8, true, 0.10, 3),
            plan(5810, "Requested callback", 15, true, 0.06, 2),
            plan(5811, "Left review", 10, true, 0.08, 4),
            plan(5812, "Used promo code", 5, true, 0.12, 5),
            plan(5813, "Viewed pricing", 3, true, 0.25, 8),
            plan(5814, "Started trial", 15, true, 0.10, 1),
            plan(5815, "Upgraded plan", 30, true, 0.05, 2),
            plan(5816, "Cancelled subscription", -10, true, 0.04, 1),
            plan(5817, "Filled lead form", 12, true, 0.15, 2),
            plan(5818, "Watched demo video", 4, true, 0.12, 3),
            plan(5819, "Visited blog", 1, true, 0.33, 25),
            plan(5820, "Abandoned cart", -2, true, 0.15, 6),
            plan(5821, "Clicked email link", 2, true, 0.25, 15),
            plan(5822, "Read FAQ", 1, true, 0.18, 5),
            plan(5823, "Scrolled page", 0, false, 0.50, 100));

    static final int ORDER_CREATED_INDEX = 2;
    static final int SUBSCRIBED_INDEX = 7;
    static final DemoEventType ADDED_TO_CART = EVENT_PLANS.get(1).type();
    static final DemoEventType ORDER_CREATED =
            EVENT_PLANS.get(ORDER_CREATED_INDEX).type();

    static final List<Admin> ADMINS = List.of(
            new Admin(12711, "Maks", "https://files.dashly.app/avatars/1446185805093-d6o6rtiq.jpg", "admin"),
            new Admin(12712, "Анна Соколова", "https://files.dashly.app/avatars/demo-admin-12712.jpg", "admin"),
            new Admin(12713, "John Carter", "https://files.dashly.app/avatars/demo-admin-12713.jpg", "admin"),
            new Admin(12714, "Lena Fischer", null, "admin"),
            new Admin(12715, "Support bot", "https://files.dashly.app/avatars/demo-bot.png", "bot"));

    /** Segments with their own filters in the older bare-array form (with {@code cls}, numbers as strings). */
    static final List<DemoSegment> SEGMENTS = List.of(
            new DemoSegment(
                    701,
                    "Active last 30 days",
                    "[{\"property_name\":\"$last_seen\",\"cls\":\"dt\",\"type\":\"daysless\",\"value\":{\"value\":\"30\"}}]"),
            new DemoSegment(
                    702,
                    "Paying customers",
                    "[{\"property_name\":\"plan\",\"cls\":\"str\",\"type\":\"str_neq\",\"value\":{\"value\":\"free\"}}]"),
            new DemoSegment(
                    703,
                    "Newsletter subscribers",
                    "[{\"property_name\":\"subscribed\",\"cls\":\"bool\",\"type\":\"bool_true\",\"value\":{}}]"),
            new DemoSegment(
                    704,
                    "Loyal buyers",
                    "[{\"property_name\":\"orders\",\"cls\":\"int\",\"type\":\"gt\",\"value\":{\"value\":\"5\"}}]"),
            new DemoSegment(
                    705,
                    "Russia",
                    "[{\"property_name\":\"$country\",\"cls\":\"str\",\"type\":\"str_eq\",\"value\":{\"value\":\"Russia\"}}]"),
            new DemoSegment(
                    706,
                    "Dormant 90+ days",
                    "[{\"property_name\":\"$last_seen\",\"cls\":\"dt\",\"type\":\"daysmore\",\"value\":{\"value\":\"90\"}}]"),
            new DemoSegment(
                    707,
                    "Google Ads",
                    "[{\"property_name\":\"$utm_source\",\"cls\":\"str\",\"type\":\"str_eq\",\"value\":{\"value\":\"google\"}},"
                            + "{\"property_name\":\"$utm_medium\",\"cls\":\"str\",\"type\":\"str_eq\",\"value\":{\"value\":\"cpc\"}}]"),
            new DemoSegment(
                    708,
                    "Regulars",
                    "[{\"property_name\":\"$sessions\",\"cls\":\"int\",\"type\":\"range\",\"value\":{\"value1\":\"20\",\"value2\":\"1000\"}}]"),
            new DemoSegment(
                    709,
                    "Cart abandoners",
                    "[{\"property_name\":\"" + ADDED_TO_CART.countKey()
                            + "\",\"cls\":\"int\",\"type\":\"gt\",\"value\":{\"value\":\"0\"}},"
                            + "{\"property_name\":\"" + ORDER_CREATED.countKey()
                            + "\",\"cls\":\"int\",\"type\":\"unknown\",\"value\":{}}]"),
            new DemoSegment(
                    710,
                    "No email yet",
                    "[{\"property_name\":\"$email\",\"cls\":\"str\",\"type\":\"unknown\",\"value\":{}}]"),
            new DemoSegment(
                    711,
                    "Shoe lovers",
                    "[{\"property_name\":\"viewed_categories\",\"cls\":\"list\",\"type\":\"lcontains\",\"value\":{\"value\":\"shoes\"}}]"));

    private static EventPlan plan(long id, String name, int score, boolean visible, double share, int maxCount) {
        return new EventPlan(new DemoEventType(id, name, score, visible), share, maxCount);
    }
}
