package app.leadbrowser.sandbox;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.LeadSummary;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded Dashly-compatible server: the documented read methods over a generated demo workspace, on
 * 127.0.0.1. It is the app's default workspace and the server every test and benchmark talks to.
 *
 * <p>Each request: a {@code Host} other than the loopback's is refused (a web page could otherwise reach the server
 * through DNS rebinding), its latency is waited, the next fault (scripted or random) applied, the request recorded, then
 * answered by the API method. {@link #close()} stops at once, also ending stalled and delayed requests.
 */
public final class SandboxServer implements AutoCloseable {
    private static final int MAX_FORM_BYTES = 1 << 20;

    static {
        // The JDK server writes the headers and the body in two writes; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK, about 40 ms per request. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxOptions options;
    private final DemoWorkspace workspace;
    private final Duration generationTime;
    private final FaultInjector faults;
    private final RequestLog requests = new RequestLog();
    private final ApiRouter router;
    private final ExecutorService executor;
    private final HttpServer http;

    private SandboxServer(SandboxOptions options) throws IOException {
        this.options = options;
        long started = System.nanoTime();
        this.workspace = DemoWorkspace.generate(
                options.leads(), options.seed(), options.appId(), new SandboxClock(options.clock()));
        this.generationTime = Duration.ofNanos(System.nanoTime() - started);
        this.faults = new FaultInjector(options.seed(), options.latency(), options.jitter(), options.faultRate());
        this.router = new ApiRouter(workspace, options.appId(), options.token());
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        http.createContext("/", this::handle);
        http.setExecutor(executor);
    }

    /**
     * Generates the workspace and starts serving on 127.0.0.1 ({@code port} 0 picks a free port). Returns once the
     * server accepts connections.
     */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        SandboxServer server = new SandboxServer(options);
        server.http.start();
        return server;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String appId() {
        return options.appId();
    }

    public String token() {
        return options.token();
    }

    /** The demo data, for tests to compute the answers they expect. */
    public DemoWorkspace workspace() {
        return workspace;
    }

    /** How long generating the demo workspace took. */
    public Duration generationTime() {
        return generationTime;
    }

    public FaultInjector faults() {
        return faults;
    }

    public RequestLog requests() {
        return requests;
    }

    /** The server's "now", which tests may advance between two requests. */
    public SandboxClock clock() {
        return workspace.clock();
    }

    /**
     * Adds a new lead last seen now, so it comes first in the default order (the docs' duplicate-across-pages
     * case), and returns it as the leads list shows it.
     */
    public LeadSummary insertLeadAtTop() {
        StoredLead lead = workspace.insertAtTop(clock().instant());
        return new LeadSummary(Long.toString(lead.id()), lead.presence(), lead.listProps());
    }

    /**
     * Moves a lead's {@code $last_seen} to now, as a visit between two requests would, and returns it as the list
     * now shows it.
     *
     * @throws IllegalArgumentException for an id the workspace does not hold
     */
    public LeadSummary touch(String leadId) {
        return workspace.touch(leadId).orElseThrow(() -> new IllegalArgumentException("no lead " + leadId));
    }

    /** Stops at once: open connections are dropped and requests in progress end. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = read(exchange);
            if (!LoopbackHost.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
                Reply refused = Reply.error(ApiError.permissionDenied(LoopbackHost.REFUSAL));
                requests.add(record(request, refused.status(), Duration.ZERO));
                send(exchange, refused, Json.mapper().writeValueAsBytes(refused.envelope()), false);
                return;
            }
            sleep(faults.nextDelay());
            Optional<Fault> fault = faults.next();
            if (fault.isPresent() && fault.get() instanceof Fault.Stall stall) {
                sleep(stall.duration());
            }
            long answering = System.nanoTime();
            Reply reply = fault.map(this::faultReply).orElseGet(() -> router.handle(request));
            byte[] body = Json.mapper().writeValueAsBytes(reply.envelope());
            Duration serverTime = Duration.ofNanos(System.nanoTime() - answering);
            Fault applied = fault.orElse(null);
            boolean drop = applied instanceof Fault.Reset;
            requests.add(record(request, drop ? 0 : reply.status(), serverTime));
            if (drop) {
                throw new DroppedConnection();
            }
            if (applied instanceof Fault.MalformedJson) {
                body = "{\"meta\": {\"status\": 200}, \"data\": {\"total\": 3, \"users\": [{\"id\": "
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, reply, body, applied instanceof Fault.TruncatedBody);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DroppedConnection();
        }
    }

    /** The answer a fault gives instead of the method's, or null when the method answers. */
    private Reply faultReply(Fault fault) {
        if (fault instanceof Fault.Status status) {
            return Reply.error(ApiError.server(status.status()));
        }
        if (fault instanceof Fault.RateLimited limited) {
            Reply reply = Reply.error(ApiError.rateLimited());
            return limited.header()
                    .map(seconds -> reply.withHeader("Retry-After", seconds))
                    .orElse(reply);
        }
        return null;
    }

    private static void send(HttpExchange exchange, Reply reply, byte[] body, boolean truncate) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (reply.status() == 405) {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (truncate) {
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new DroppedConnection();
        }
        out.write(body);
    }

    private static ApiRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        ApiRequest.parseForm(exchange.getRequestURI().getRawQuery(), params);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES);
            if (contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                ApiRequest.parseForm(new String(body, StandardCharsets.UTF_8), params);
            }
        }
        return new ApiRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                params,
                exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static RecordedRequest record(ApiRequest request, int status, Duration serverTime) {
        Map<String, String> params = new LinkedHashMap<>(request.params());
        params.computeIfPresent("auth_token", (name, value) -> RecordedRequest.REDACTED);
        return new RecordedRequest(
                request.method(), request.path(), params, request.authorization() != null, status, serverTime);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Thrown out of the handler to make the JDK server close the connection at once (it closes a connection
     * whose handler fails): how the reset and truncated-body faults drop it.
     */
    private static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("connection dropped on purpose", null, false, false);
        }
    }
}
