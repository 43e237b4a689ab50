package app.leadbrowser.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The requests the sandbox received, in order of answer; an entry is added before its answer is sent. It keeps the
 * latest {@value #CAPACITY} (the app's own sandbox runs as long as the app), which no test or benchmark reaches.
 */
public final class RequestLog {
    public static final int CAPACITY = 100_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    RequestLog() {}

    synchronized void add(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
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
