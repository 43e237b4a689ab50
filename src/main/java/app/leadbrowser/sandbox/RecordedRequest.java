package app.leadbrowser.sandbox;

import java.util.Map;

/**
 * A request the sandbox received: method, path, parameters (query and form; an {@code auth_token} value is
 * replaced by {@link #REDACTED}), whether an {@code Authorization} header came, and the status answered (0 when the
 * connection was dropped without an answer).
 */
public record RecordedRequest(String method, String path, Map<String, String> params, boolean authHeader, int status) {
    public static final String REDACTED = "<redacted>";

    public RecordedRequest {
        params = Map.copyOf(params);
    }

    public String param(String name) {
        return params.get(name);
    }
}
