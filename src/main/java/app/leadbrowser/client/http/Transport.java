package app.leadbrowser.client.http;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.error.ConnectionException;
import app.leadbrowser.client.error.InvalidResponseException;
import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.client.error.ServerText;
import app.leadbrowser.logging.LibraryLogs;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one send loop: builds the GET, adds the token header, runs it through the retry policy, enforces the
 * in-flight limit and the response size cap, and maps every failure to the {@link ApiException} family. Logs each
 * failure by method, path, status and attempt: never the token, the query or the full URL.
 */
public final class Transport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final ClientConfig config;
    private final Semaphore inFlight;
    private final HttpUrl baseUrl;
    private volatile OkHttpClient http;

    public Transport(ClientConfig config) {
        this.config = config;
        this.inFlight = new Semaphore(config.maxInFlight(), true);
        this.baseUrl = HttpUrl.get(config.baseUrl()); // parsed once: every call starts from it
    }

    public ClientConfig config() {
        return config;
    }

    /** The base URL with the path segments added, ready for query parameters. */
    public HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    public <T> ApiCall<T> call(HttpUrl url, ResponseReader<T> reader) {
        return new ApiCall<>(this, url, reader);
    }

    <T> T execute(ApiCall<T> call) throws ApiException {
        RetryPolicy policy = config.retryPolicy();
        String path = call.url().encodedPath();
        for (int attempt = 1; ; attempt++) {
            try {
                T result = attempt(call);
                LOG.debug("GET {} answered (attempt {})", path, attempt);
                return result;
            } catch (CancelledException e) {
                LOG.debug("GET {} cancelled", path);
                throw e;
            } catch (ApiException e) {
                if (call.isCancelled()) {
                    LOG.debug("GET {} cancelled", path);
                    throw new CancelledException();
                }
                Duration wait = retryWait(e, attempt, policy);
                if (wait == null) {
                    LOG.warn("GET {} failed (attempt {}): {}", path, attempt, describe(e));
                    throw e;
                }
                LOG.info(
                        "GET {} failed (attempt {}), retrying in {} ms: {}",
                        path,
                        attempt,
                        wait.toMillis(),
                        describe(e));
                call.waitBeforeRetry(config.sleeper(), wait);
            }
        }
    }

    /** A failure for the log: its kind, HTTP status (0 without an answer), message and technical cause. */
    private static String describe(ApiException failure) {
        Throwable cause = failure.getCause();
        return failure.getClass().getSimpleName() + " HTTP " + failure.httpStatus() + ": " + failure.getMessage()
                + (cause == null ? "" : " (" + ServerText.clean(cause.toString()) + ")");
    }

    /** How long to wait before trying again, or null when the failure is final. */
    private static Duration retryWait(ApiException failure, int attempt, RetryPolicy policy) {
        if (!failure.isTransient() || attempt >= policy.maxAttempts()) {
            return null;
        }
        if (failure instanceof RateLimitedException limited
                && limited.retryAfter().isPresent()) {
            Duration asked = limited.retryAfter().get();
            return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : asked;
        }
        return policy.backoff(attempt);
    }

    private <T> T attempt(ApiCall<T> call) throws ApiException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        try {
            Request request = new Request.Builder()
                    .url(call.url())
                    .header("Authorization", "Token " + config.token())
                    .header("Accept", "application/json")
                    .get()
                    .build();
            Call http = client().newCall(request);
            call.attach(http);
            try (Response response = http.execute()) {
                return read(call, response);
            }
        } catch (IOException e) {
            if (call.isCancelled()) {
                throw new CancelledException();
            }
            throw connectionFailure(e);
        } finally {
            inFlight.release();
        }
    }

    private <T> T read(ApiCall<T> call, Response response) throws ApiException, IOException {
        JsonNode envelope;
        try {
            envelope = parse(response);
        } catch (InvalidResponseException notAnEnvelope) {
            if (response.code() == 200) {
                throw notAnEnvelope;
            }
            // an error page from a proxy or gateway: judge it by its status alone
            throw ErrorMapper.map(response.code(), Json.mapper().createObjectNode(), response.header("Retry-After"));
        }
        JsonNode meta = envelope.path("meta");
        int metaStatus = meta.path("status").asInt(response.code());
        if (response.code() != 200 || metaStatus != 200) {
            throw ErrorMapper.map(response.code(), meta, response.header("Retry-After"));
        }
        try {
            return call.reader().read(envelope);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidResponseException(
                    200, "The answer from Dashly had an unexpected shape: " + shortMessage(e), e);
        }
    }

    private JsonNode parse(Response response) throws ApiException, IOException {
        ResponseBody body = response.body();
        long cap = config.maxResponseBytes();
        if (body.contentLength() > cap) {
            throw tooLarge(response.code(), cap);
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        }
        if (bytes.length > cap) {
            throw tooLarge(response.code(), cap);
        }
        try (JsonParser parser = BoundedJson.parser(bytes)) {
            JsonNode root = Json.mapper().readTree(parser);
            if (root == null || !root.isObject()) {
                throw new InvalidResponseException(
                        response.code(),
                        "The answer from Dashly was not a JSON object (HTTP " + response.code() + ")",
                        null);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new InvalidResponseException(
                    response.code(),
                    "The answer from Dashly held more values than the client reads (over "
                            + BoundedJson.MAX_TOKENS
                            + ") and was not read",
                    e);
        } catch (JsonProcessingException e) {
            throw new InvalidResponseException(
                    response.code(),
                    "The answer from Dashly was not valid JSON (HTTP " + response.code() + "): " + shortMessage(e),
                    e);
        }
    }

    private static InvalidResponseException tooLarge(int status, long cap) {
        return new InvalidResponseException(
                status,
                "The answer from Dashly was larger than " + (cap / (1024 * 1024)) + " MB and was not read",
                null);
    }

    private static ConnectionException connectionFailure(IOException e) {
        String what;
        if (e instanceof UnknownHostException) {
            what = "The server's name could not be found; check the base URL and the network";
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            what = "The server did not answer in time";
        } else if (e instanceof java.net.ConnectException) {
            what = "The server could not be reached; check the base URL and the network";
        } else {
            what = "The connection to the server broke";
        }
        return new ConnectionException(what, e); // the cause keeps the technical detail, not the sentence
    }

    /**
     * What went wrong, for a person: where in the answer for a value of the wrong type (Jackson's own text names
     * Java classes), else the parser's text, cut short.
     */
    private static String shortMessage(Exception e) {
        if (e instanceof JsonMappingException mapping && mapping.getClass() != JsonMappingException.class) {
            // a subclass is Jackson's own complaint; a plain JsonMappingException is one of our readers' sentences
            return "a value of the wrong type"
                    + (mapping.getPath().isEmpty() ? "" : " at " + jsonPath(mapping.getPath()));
        }
        String text = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "no details";
        }
        return ServerText.clean(text.lines().findFirst().orElse(""));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(step.getFieldName());
            } else {
                text.append('[').append(step.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    /** Built on first use, off the caller's start path. */
    private OkHttpClient client() {
        OkHttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    LibraryLogs.silence();
                    c = new OkHttpClient.Builder()
                            .connectTimeout(config.connectTimeout())
                            .readTimeout(config.readTimeout())
                            .writeTimeout(config.readTimeout())
                            .callTimeout(config.callTimeout())
                            .retryOnConnectionFailure(false)
                            .followRedirects(false)
                            .connectionSpecs(connectionSpecsFor(baseUrl))
                            .build();
                    http = c;
                }
            }
        }
        return c;
    }

    /**
     * TLS for an https workspace (OkHttp's default specs); plain HTTP only for an http one (the embedded demo workspace
     * on loopback), so that building the client does not load the JDK's trust store and TLS stack, which it would
     * never use: ~0.2 s of CPU and ~430 classes at start-up.
     */
    static List<ConnectionSpec> connectionSpecsFor(HttpUrl baseUrl) {
        return baseUrl.isHttps()
                ? List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
                : List.of(ConnectionSpec.CLEARTEXT);
    }

    @Override
    public void close() {
        OkHttpClient c = http;
        if (c != null) {
            c.dispatcher().executorService().shutdown();
            c.connectionPool().evictAll();
        }
    }
}
