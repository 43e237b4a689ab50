package app.leadbrowser.sandbox;

import java.util.List;

/**
 * The words the demo workspace is made of besides people and places ({@link DemoCountries}): companies, plans, UTM
 * values, tags, notes, products, pages and conversation lines.
 */
final class DemoVocabulary {
    private DemoVocabulary() {}

    static final List<String> COMPANIES = List.of(
            "Ромашка",
            "ООО «Вектор»",
            "Северсталь-Сервис",
            "Acme Corp",
            "Globex",
            "Initech",
            "Umbrella Retail",
            "Stark Industries",
            "Wayne Logistics",
            "Hooli",
            "Pied Piper",
            "Vandelay Industries",
            "Müller & Söhne GmbH",
            "Les Jardins de Paris",
            "Tienda Sol",
            "Sakura Trading",
            "Tata Traders",
            "Kowalski i Synowie",
            "Boğaziçi Tekstil",
            "Café Brasil Ltda",
            "Nordic Wood AB",
            "Blue Ocean Labs",
            "Green Leaf Organics",
            "Fast Parcel",
            "Urban Bikes",
            "Bright Smile Dental",
            "Cloudberry Software",
            "Pixel Forge Studio");

    static final List<String> PLANS = List.of("free", "basic", "pro", "enterprise");

    static final List<String> CATEGORIES =
            List.of("shoes", "bags", "electronics", "books", "toys", "garden", "sports", "beauty", "kids", "home");

    static final List<String> UTM_SOURCES =
            List.of("google", "yandex", "facebook", "vk", "newsletter", "telegram", "bing", "instagram");
    static final List<String> UTM_MEDIUMS = List.of("cpc", "organic", "email", "social", "referral");
    static final List<String> UTM_CAMPAIGNS = List.of(
            "black_friday", "spring_sale", "brand", "retargeting", "new_collection", "webinar_march", "welcome");

    static final List<String> REFERRERS = List.of(
            "https://www.google.com/",
            "https://yandex.ru/search/?text=%D0%BA%D1%83%D0%BF%D0%B8%D1%82%D1%8C+%D0%BA%D1%80%D0%BE%D1%81%D1%81%D0%BE%D0%B2%D0%BA%D0%B8",
            "https://vk.com/",
            "https://t.me/shop_news",
            "https://www.facebook.com/",
            "https://www.bing.com/search?q=online+store",
            "https://news.ycombinator.com/",
            "https://habr.com/ru/articles/",
            "https://www.instagram.com/");

    static final List<String> TAGS = List.of(
            "vip",
            "b2b",
            "wholesale",
            "partner",
            "needs-callback",
            "churn-risk",
            "beta-tester",
            "press",
            "newsletter-bounce",
            "returning");

    static final List<String> NOTE_BODIES = List.of(
            "Asked for a discount on the annual plan.",
            "Called back, interested in the enterprise plan.",
            "Prefers to be contacted by email only.",
            "Complained about delivery times; offered free shipping.",
            "Клиент просил перезвонить после 18:00.",
            "Хочет оптовую цену, передал в отдел продаж.",
            "Met at the Berlin trade fair.",
            "Payment failed twice; sent a reminder.",
            "Very happy with support, may leave a review.",
            "Needs an invoice for the company.");

    static final List<String> PRODUCTS = List.of(
            "Running shoes Aero 2",
            "Leather bag Milano",
            "Wireless earbuds X3",
            "Кроссовки «Бег»",
            "Garden hose 25 m",
            "Yoga mat Pro",
            "Kids bike Sprint",
            "Face cream Aqua",
            "Coffee grinder Mokka",
            "Novel «Белые ночи»");

    static final List<String> PAGES = List.of(
            "/",
            "/catalog",
            "/catalog/shoes",
            "/catalog/electronics",
            "/cart",
            "/checkout",
            "/pricing",
            "/blog/how-to-choose",
            "/account",
            "/contacts");

    static final List<String> PAGE_TITLES = List.of(
            "Home",
            "Catalog",
            "Shoes",
            "Electronics",
            "Your cart",
            "Checkout",
            "Pricing",
            "How to choose",
            "My account",
            "Contacts");

    static final List<String> CONVERSATION_BODIES = List.of(
            "Hello! Is this available in size 42?",
            "Здравствуйте, когда будет доставка?",
            "Thanks, the order arrived.",
            "Can I change the delivery address?",
            "We have sent you the invoice.",
            "Ваш заказ передан в службу доставки.",
            "Could you send me the price list?",
            "Sure, here is the link to the size chart.");
}
