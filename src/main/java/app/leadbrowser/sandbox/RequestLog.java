package app.leadbrowser.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Every request the sandbox received, in order of answer. An entry is added before its answer is sent. */
public final class RequestLog {
    private final List<RecordedRequest> requests = new ArrayList<>();

    RequestLog() {}

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized int count() {
        return requests.size();
    }

    public synchronized void clear() {
        requests.clear();
    }
}
