package app.leadbrowser.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the API methods see it: method, path, and the parameters from the query string and a POST form
 * alike (UTF-8; when a name repeats, the first value wins), plus the {@code Authorization} header if sent.
 */
record ApiRequest(String method, String path, Map<String, String> params, String authorization) {

    ApiRequest {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Adds the parameters of a query string or a form body ({@code a=1&b=2}) to {@code into}. */
    static void parseForm(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray '%': keep the text as sent
        }
    }

    String text(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A boolean parameter: true/false (also 1/0, yes/no); absent or empty gives the default. */
    boolean flag(String name, boolean byDefault) throws ApiError {
        String value = text(name);
        if (value == null) {
            return byDefault;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.validation(name, "must be true or false (was \"" + value + "\")");
        };
    }

    /** A whole-number parameter; absent or empty gives the default. */
    long number(String name, long byDefault) throws ApiError {
        String value = text(name);
        if (value == null) {
            return byDefault;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.validation(name, "must be a whole number (was \"" + value + "\")");
        }
    }
}
