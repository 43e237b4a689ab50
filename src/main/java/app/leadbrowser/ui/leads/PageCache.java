package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last few pages loaded or prefetched, keyed by their query (filter, sort, offset, limit); least recent out. */
final class PageCache {
    private static final int CAPACITY = 8;

    private final Map<LeadQuery, LeadPage> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LeadQuery, LeadPage> eldest) {
            return size() > CAPACITY;
        }
    };

    LeadPage get(LeadQuery query) {
        return pages.get(query);
    }

    void put(LeadPage page) {
        pages.put(page.query(), page);
    }

    void clear() {
        pages.clear();
    }
}
