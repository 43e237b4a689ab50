package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.EventType;

/** An event type of the demo workspace, with the names of the three props that carry each lead's stats of it. */
record DemoEventType(
        long id, String name, int score, boolean visible, String countKey, String firstKey, String lastKey) {

    DemoEventType(long id, String name, int score, boolean visible) {
        this(id, name, score, visible, key(id, "_count"), key(id, "_first"), key(id, "_last"));
    }

    private static String key(long id, String suffix) {
        return "$event_".concat(Long.toString(id)).concat(suffix);
    }

    EventType toModel() {
        return new EventType(Long.toString(id), name, score, visible);
    }
}
