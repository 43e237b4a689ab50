package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.EventType;

/** An event type of the demo workspace, with the names of the three props that carry each lead's stats of it. */
record DemoEventType(
        long id, String name, int score, boolean visible, String countKey, String firstKey, String lastKey) {

    DemoEventType(long id, String name, int score, boolean visible) {
        this(id, name, score, visible, "$event_" + id + "_count", "$event_" + id + "_first", "$event_" + id + "_last");
    }

    EventType toModel() {
        return new EventType(Long.toString(id), name, score, visible);
    }
}
