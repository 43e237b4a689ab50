package app.leadbrowser.sandbox;

import java.time.Duration;
import java.util.Map;

/**
 * A request the sandbox received: method, path, parameters (query and form; an {@code auth_token} value is
 * replaced by {@link #REDACTED}), whether an {@code Authorization} header came, the status answered (0 when the
 * connection was dropped without an answer) and the time the server took to make the answer (its body written to
 * memory; the injected latency and stalls not counted).
 */
public record RecordedRequest(
        String method, String path, Map<String, String> params, boolean authHeader, int status, Duration serverTime) {
    public static final String REDACTED = "<redacted>";

    public RecordedRequest {
        params = Map.copyOf(params);
    }

    public String param(String name) {
        return params.get(name);
    }
}
