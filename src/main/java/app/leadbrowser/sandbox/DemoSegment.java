package app.leadbrowser.sandbox;

import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.model.Segment;

/** A segment: its filters in the older bare-array form, as the API gives them. */
record DemoSegment(long id, String name, String filtersJson) {

    /** The segment's filters read by the client's reader (read on use: it is cheap, and keeps start-up free of Jackson). */
    Filter filter() {
        return FilterJson.read(filtersJson);
    }

    Segment toModel() {
        return new Segment(Long.toString(id), name, filtersJson);
    }
}
