package app.leadbrowser.ui.common;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.error.ConnectionException;
import app.leadbrowser.client.error.InvalidResponseException;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.error.PermissionException;
import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.client.error.ServerException;
import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.http.InvalidBaseUrlException;
import app.leadbrowser.settings.JsonFileStore;
import app.leadbrowser.settings.TokenStoreException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Turns a failure into a sentence for a person, in the language in use; never a trace. The API client's
 * exceptions are told apart by their type and data (status, the API's error name, retry-after, the fields at
 * fault), not by their English messages.
 */
public final class UserMessages {
    private UserMessages() {}

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            return api(api);
        }
        if (failure instanceof InvalidBaseUrlException url) {
            return Texts.get("errors.baseUrl." + url.problem().name().toLowerCase(Locale.ROOT));
        }
        if (failure instanceof TokenStoreException) {
            return Texts.get("errors.tokenStore");
        }
        if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
            return Texts.get("errors.invalidValue", failure.getMessage());
        }
        return Texts.get("common.unexpected");
    }

    /**
     * The notice for any of the app's files that could not be read at start (settings, filter history, saved
     * views, preferences...), naming what was lost.
     */
    public static String fileNotRead(JsonFileStore.BrokenFile broken) {
        String name = broken.file().getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        if (stem.equals("settings")) {
            return settingsNotRead(broken);
        }
        String what = Texts.has("errors.file." + stem)
                ? Texts.get("errors.file." + stem)
                : Texts.get("errors.file.unknown", name);
        return Texts.get("errors.notRead", what, reason(broken)) + " " + keptAs(broken);
    }

    /**
     * The notice for a settings file that could not be used, e.g. "Your settings could not be read (it is not
     * valid JSON), so Lead Browser started with the defaults. The old file was kept as … in …".
     */
    public static String settingsNotRead(JsonFileStore.BrokenFile broken) {
        return Texts.get("errors.fileNotRead", Texts.get("errors.yourSettings"), reason(broken)) + " " + keptAs(broken);
    }

    private static String reason(JsonFileStore.BrokenFile broken) {
        return Texts.get("errors.brokenFile." + broken.reason().name().toLowerCase(Locale.ROOT));
    }

    private static String keptAs(JsonFileStore.BrokenFile broken) {
        return broken.keptAs()
                .map(aside -> Texts.get(
                        "errors.brokenFile.keptAs",
                        aside.getFileName().toString(),
                        String.valueOf(broken.file().getParent())))
                .orElseGet(() -> Texts.get("errors.brokenFile.notMoved"));
    }

    private static String api(ApiException failure) {
        String sentence;
        if (failure instanceof ConnectionException) {
            return connection(failure.getCause());
        } else if (failure instanceof CancelledException) {
            return Texts.get("errors.cancelled");
        } else if (failure instanceof RateLimitedException limited) {
            sentence = limited.retryAfter()
                    .map(wait -> Texts.get("errors.rateLimited.wait", wait.toSeconds()))
                    .orElseGet(() -> Texts.get("errors.rateLimited"));
        } else if (failure instanceof AuthenticationException) {
            sentence = Texts.get("errors.authentication");
        } else if (failure instanceof PermissionException) {
            sentence = Texts.get("errors.permission");
        } else if (failure instanceof NotFoundException) {
            sentence = Texts.get(
                    failure.errorName().filter("LookupError"::equals).isPresent()
                            ? "errors.notFound"
                            : "errors.noSuchMethod");
        } else if (failure instanceof ServerException) {
            boolean internal = failure.httpStatus() >= 500
                    || failure.errorName().filter("Error500"::equals).isPresent();
            sentence = Texts.get(internal ? "errors.server" : "errors.unexpectedAnswer");
        } else if (failure instanceof ValidationException invalid) {
            if (invalid.wasNotSent()) {
                return Texts.get("errors.notSent");
            }
            sentence = invalid.fieldErrors().isEmpty()
                    ? Texts.get("errors.refused")
                    : Texts.get(
                            "errors.refused.fields",
                            String.join(", ", invalid.fieldErrors().keySet()));
        } else if (failure instanceof InvalidResponseException) {
            sentence = Texts.get("errors.invalidResponse");
        } else {
            sentence = Texts.get("common.unexpected");
        }
        return withCode(sentence, failure);
    }

    /** Why no answer came, from the kind of network failure behind it. */
    private static String connection(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return Texts.get("errors.connection.unknownHost");
        }
        if (cause instanceof InterruptedIOException) { // SocketTimeoutException is one
            return Texts.get("errors.connection.timeout");
        }
        if (cause == null || cause instanceof java.net.ConnectException) {
            return Texts.get("errors.connection.refused");
        }
        return Texts.get("errors.connection.broken");
    }

    /** The sentence with the API's error name or the HTTP status, which support staff can look up. */
    private static String withCode(String sentence, ApiException failure) {
        String code = failure.errorName().orElse(failure.httpStatus() > 0 ? "HTTP " + failure.httpStatus() : null);
        return code == null ? sentence : Texts.get("errors.withCode", sentence, code);
    }
}
