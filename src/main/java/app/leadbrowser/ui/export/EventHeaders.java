package app.leadbrowser.ui.export;

import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.filter.PropertyInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;

/**
 * The headers of an export's event columns as the filter's chips name them ("Viewed pricing · count"), for the event
 * types the catalog has a name for; the others keep the table's label ("Event 5801 count"). The names are wanted
 * as the export window opens, as the property picker does, so the catalog's namer asks lead cards for them while
 * the user chooses and the leads are fetched; the headers are read when the walk ends, on the exporting thread.
 */
final class EventHeaders {
    private final PropertyCatalog catalog;
    private final Map<String, String> named = new ConcurrentHashMap<>();
    private final InvalidationListener update = changed -> update();

    /** Use on the FX thread. */
    EventHeaders(PropertyCatalog catalog) {
        this.catalog = catalog;
        catalog.properties().addListener(new WeakInvalidationListener(update)); // the catalog outlives the window
        catalog.wantAllEventNames();
        update();
    }

    /** The header of a property's column; any thread. */
    String header(String key) {
        return named.getOrDefault(key, PropertyLabels.label(key));
    }

    private void update() {
        for (PropertyInfo property : catalog.properties()) {
            String[] event = PropertyLabels.eventParts(property.key());
            if (event != null && catalog.eventName(event[0]).isPresent()) {
                named.put(property.key(), property.label());
            }
        }
    }
}
