package app.leadbrowser.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to send: HTTP status, the JSON envelope, and extra headers (e.g. {@code Retry-After}). */
record Reply(int status, Map<String, Object> envelope, Map<String, String> headers) {

    /** {@code {"meta": {"status": 200, ...extraMeta}, "data": data}}. */
    static Reply ok(Object data, Map<String, Object> extraMeta) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", 200);
        meta.putAll(extraMeta);
        return new Reply(200, envelope(meta, data), Map.of());
    }

    static Reply ok(Object data) {
        return ok(data, Map.of());
    }

    /** The documented error envelope: {@code data} is {@code {}}, {@code meta} names the error. */
    static Reply error(ApiError error) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("status", error.status());
        meta.put("error_message", error.getMessage());
        meta.put("error", error.name());
        if (!error.fields().isEmpty()) {
            meta.put("error_fields", error.fields());
        }
        return new Reply(error.status(), envelope(meta, Map.of()), Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, envelope, more);
    }

    private static Map<String, Object> envelope(Map<String, Object> meta, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("meta", meta);
        envelope.put("data", data);
        return envelope;
    }
}
