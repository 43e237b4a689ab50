package app.leadbrowser.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
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
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Scripted response sequences (mockwebserver3) for what the sandbox cannot stage exactly. */
class TransportTest {

    private static final String PAGE = "{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":["
            + "{\"id\":\"7\",\"presence\":\"online\",\"props\":{\"$name\":\"Ann\"}}]}}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private DashlyClient client(RetryPolicy policy) {
        ClientConfig config = ClientConfig.of(server.url("/").toString(), "100", "secret-token")
                .withRetries(policy, waits::add)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new DashlyClient(config);
    }

    private DashlyClient client() {
        return client(
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 1.0));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private static MockResponse error(int code, String name) {
        return json(
                code,
                "{\"meta\":{\"status\":" + code + ",\"error\":\"" + name
                        + "\",\"error_message\":\"server says no\"},\"data\":{}}");
    }

    private LeadPage list(DashlyClient client) throws ApiException {
        return client.listLeads(LeadQuery.defaults()).execute();
    }

    @Test
    void anHttpsWorkspaceIsReachedOverTlsAndAnHttpOneOverPlainHttpOnly() {
        assertEquals(
                List.of(ConnectionSpec.CLEARTEXT), Transport.connectionSpecsFor(HttpUrl.get("http://127.0.0.1:8080/")));
        List<ConnectionSpec> https = Transport.connectionSpecsFor(HttpUrl.get("https://api.dashly.app/"));
        assertTrue(https.contains(ConnectionSpec.MODERN_TLS), https.toString());
    }

    @Test
    void sendsTheTokenInTheHeaderOnlyAndIdsAsStrings() throws Exception {
        server.enqueue(json(200, PAGE));
        LeadPage page = list(client());
        assertEquals("Ann", page.leads().get(0).prop("$name"));

        RecordedRequest request = server.takeRequest();
        assertEquals("Token secret-token", request.getHeaders().get("Authorization"));
        assertFalse(request.getUrl().toString().contains("secret-token"));
        assertEquals("/apps/100/users", request.getUrl().encodedPath());
        assertEquals("true", request.getUrl().queryParameter("id_as_string"));
        assertEquals("$last_seen", request.getUrl().queryParameter("sort_prop"));
        assertEquals("desc", request.getUrl().queryParameter("sort_order"));
        assertEquals("20", request.getUrl().queryParameter("limit"));
        assertEquals("0", request.getUrl().queryParameter("offset"));
    }

    @Test
    void retriesServerErrorsWithGrowingBackoff() throws Exception {
        server.enqueue(error(503, "Error500"));
        server.enqueue(error(502, "Error500"));
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
    }

    @Test
    void aGatewayErrorPageIsJudgedByItsStatus() throws Exception {
        server.enqueue(json(502, "<html>Bad gateway</html>"));
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void givesUpAfterThreeTries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(error(500, "Error500"));
        }
        ServerException e = assertThrows(ServerException.class, () -> list(client()));
        assertEquals(500, e.httpStatus());
        assertEquals("Error500", e.errorName().orElseThrow());
        assertTrue(e.getMessage().contains("server says no"), e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void backoffHasJitterWithinHalfToAllOfTheStep() {
        RetryPolicy low = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ZERO, () -> 0.0);
        RetryPolicy high = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ZERO, () -> 1.0);
        assertEquals(Duration.ofMillis(100), low.backoff(2));
        assertEquals(Duration.ofMillis(200), high.backoff(2));
        assertEquals(Duration.ofSeconds(1), high.backoff(10), "capped");
    }

    @Test
    void waitsOutRetryAfterOn429() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "2")
                .body("{\"meta\":{\"status\":429,\"error\":\"TooManyRequests\"},\"data\":{}}")
                .build());
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
    }

    @Test
    void backsOffOn429WithoutRetryAfterAndOnTheErrorNameAlone() throws Exception {
        server.enqueue(error(429, "TooManyRequests"));
        server.enqueue(json(200, "{\"meta\":{\"status\":429,\"error\":\"TooManyRequests\"},\"data\":{}}"));
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
    }

    @Test
    void aRetryAfterOfExactlyTheLongestWaitIsWaitedOut() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "30")
                .body("{\"meta\":{\"status\":429,\"error\":\"TooManyRequests\"},\"data\":{}}")
                .build());
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(List.of(Duration.ofSeconds(30)), waits);
    }

    @Test
    void aRetryAfterTooLongToWaitFailsAtOnceWithTheWait() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "600")
                .body("{\"meta\":{\"status\":429,\"error\":\"TooManyRequests\"},\"data\":{}}")
                .build());
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> list(client()));
        assertEquals(Duration.ofSeconds(600), e.retryAfter().orElseThrow());
        assertEquals(1, server.getRequestCount());
        assertTrue(waits.isEmpty());
    }

    @Test
    void clientErrorsAreNotRetriedAndMapToTheirType() {
        server.enqueue(error(401, "NotAuthenticated"));
        server.enqueue(error(403, "PermissionDeniedError"));
        server.enqueue(error(400, "LookupError"));
        server.enqueue(error(404, "Error404"));
        server.enqueue(json(
                400,
                "{\"meta\":{\"status\":400,\"error\":\"ValidationError\",\"error_message\":\"bad\","
                        + "\"error_fields\":{\"limit\":\"must be 1..50\"}},\"data\":{}}"));
        DashlyClient client = client();
        assertInstanceOf(AuthenticationException.class, assertThrows(ApiException.class, () -> list(client)));
        assertInstanceOf(PermissionException.class, assertThrows(ApiException.class, () -> list(client)));
        assertInstanceOf(NotFoundException.class, assertThrows(ApiException.class, () -> client.getLead("9")
                .execute()));
        assertInstanceOf(NotFoundException.class, assertThrows(ApiException.class, () -> list(client)));
        ValidationException v = assertThrows(ValidationException.class, () -> list(client));
        assertEquals(java.util.Map.of("limit", "must be 1..50"), v.fieldErrors());
        assertEquals(5, server.getRequestCount());
        assertTrue(waits.isEmpty());
    }

    @Test
    void retriesABrokenConnection() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(json(200, PAGE));
        assertEquals(1, list(client()).total());
        assertEquals(1, waits.size());
    }

    @Test
    void aStallPastTheTimeoutIsAConnectionError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(PAGE)
                    .headersDelay(4, TimeUnit.SECONDS)
                    .build());
        }
        ConnectionException e = assertThrows(ConnectionException.class, () -> list(client(RetryPolicy.none())));
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-token"));
    }

    @Test
    void malformedAndTruncatedBodiesAreInvalidResponses() {
        server.enqueue(json(200, "{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":[{\"id\":"));
        server.enqueue(json(200, "<html>gateway</html>"));
        server.enqueue(json(200, "{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":{}}}"));
        server.enqueue(
                json(200, "{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":[{\"id\":\"1\",\"props\":7}]}}"));
        DashlyClient client = client();
        for (int i = 0; i < 4; i++) {
            assertThrows(InvalidResponseException.class, () -> list(client));
        }
    }

    @Test
    void aBodyOverTheCapIsNotRead() {
        ClientConfig config =
                ClientConfig.of(server.url("/").toString(), "100", "t").withMaxResponseBytes(1024);
        server.enqueue(json(
                200,
                "{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":[],\"pad\":\"" + "x".repeat(5000)
                        + "\"}}"));
        InvalidResponseException e = assertThrows(
                InvalidResponseException.class,
                () -> new DashlyClient(config).listLeads(LeadQuery.defaults()).execute());
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void aQueryBreakingTheRulesIsRefusedWithoutARequest() {
        DashlyClient client = client();
        ValidationException tooMany = assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withLimit(51)));
        assertTrue(tooMany.getMessage().contains("limit must be between 1 and 50"), tooMany.getMessage());
        assertTrue(tooMany.wasNotSent());
        assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withLimit(0)));
        ValidationException window = assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withOffset(9_990).withLimit(20)));
        assertTrue(window.getMessage().contains("offset + limit must not exceed 10000"), window.getMessage());
        assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withOffset(-1)));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancelAbortsTheRequestInFlight() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body(PAGE)
                .headersDelay(10, TimeUnit.SECONDS)
                .build());
        ApiCall<LeadPage> call = client().listLeads(LeadQuery.defaults());
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                call.execute();
                return null;
            } catch (ApiException e) {
                return e;
            }
        });
        server.takeRequest(5, TimeUnit.SECONDS);
        long start = System.nanoTime();
        call.cancel();
        assertInstanceOf(CancelledException.class, outcome.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void cancelStopsTheWaitBeforeARetry() throws Exception {
        server.enqueue(error(503, "Error500"));
        CountDownLatch waiting = new CountDownLatch(1);
        ClientConfig config = ClientConfig.of(server.url("/").toString(), "100", "t")
                .withRetries(RetryPolicy.defaults(), d -> {
                    waiting.countDown();
                    Thread.sleep(30_000);
                });
        ApiCall<LeadPage> call = new DashlyClient(config).listLeads(LeadQuery.defaults());
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                call.execute();
                return null;
            } catch (ApiException e) {
                return e;
            }
        });
        assertTrue(waiting.await(5, TimeUnit.SECONDS));
        call.cancel();
        assertInstanceOf(CancelledException.class, outcome.get(5, TimeUnit.SECONDS));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aCallCancelledBeforeItRunsSendsNothing() {
        ApiCall<LeadPage> call;
        try {
            call = client().listLeads(LeadQuery.defaults());
        } catch (ValidationException e) {
            throw new AssertionError(e);
        }
        call.cancel();
        assertThrows(CancelledException.class, call::execute);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aSecondCallWaitsWhileTheOnlyPlaceInFlightIsTaken() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body(PAGE)
                .headersDelay(800, TimeUnit.MILLISECONDS)
                .build());
        server.enqueue(json(200, PAGE));
        ClientConfig config = ClientConfig.of(server.url("/").toString(), "100", "t")
                .withRetries(RetryPolicy.none(), waits::add)
                .withMaxInFlight(1);
        DashlyClient client = new DashlyClient(config);
        CompletableFuture<LeadPage> first = CompletableFuture.supplyAsync(() -> listOrFail(client));
        server.takeRequest(5, TimeUnit.SECONDS);
        CompletableFuture<LeadPage> second = CompletableFuture.supplyAsync(() -> listOrFail(client));

        assertEquals(null, server.takeRequest(400, TimeUnit.MILLISECONDS), "the second call was sent at once");
        assertEquals(1, first.get(5, TimeUnit.SECONDS).leads().size());
        assertEquals(1, second.get(5, TimeUnit.SECONDS).leads().size(), "the place is given back after the first");
    }

    @Test
    void closeDropsTheOpenConnections() throws Exception {
        server.enqueue(json(200, PAGE));
        server.enqueue(json(200, PAGE));
        server.enqueue(json(200, PAGE));
        DashlyClient client = client();
        list(client);
        list(client);
        client.close();
        list(client);
        server.takeRequest();
        assertEquals(0, server.takeRequest().getConnectionIndex(), "kept alive before close");
        assertEquals(1, server.takeRequest().getConnectionIndex(), "a new connection after close");
    }

    @Test
    void aFailureIsLoggedWithItsKindStatusMessageAndCause() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(Transport.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(log);
        try {
            server.enqueue(error(404, "Error404"));
            assertThrows(NotFoundException.class, () -> list(client()));
            String unreachable = server.url("/").toString();
            server.close();
            DashlyClient offline = new DashlyClient(
                    ClientConfig.of(unreachable, "100", "t").withRetries(RetryPolicy.none(), waits::add));
            assertThrows(ConnectionException.class, () -> list(offline));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }
        List<String> lines =
                log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(
                lines.get(0)
                        .endsWith(" failed (attempt 1): NotFoundException HTTP 404: "
                                + "No such API method; check the base URL (Error404): server says no"),
                lines.get(0));
        assertTrue(
                lines.get(1)
                        .contains(" failed (attempt 1): ConnectionException HTTP 0: The server could not be "
                                + "reached; check the base URL and the network (java.net.ConnectException"),
                lines.get(1));
    }

    private static LeadPage listOrFail(DashlyClient client) {
        try {
            return client.listLeads(LeadQuery.defaults()).execute();
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }
}
