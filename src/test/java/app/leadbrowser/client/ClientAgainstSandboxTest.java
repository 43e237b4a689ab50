package app.leadbrowser.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the real embedded sandbox, over loopback. */
class ClientAgainstSandboxTest {
    private static SandboxServer server;
    private static DashlyClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withLeads(600));
        client = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void calm() {
        server.faults().clear();
        server.faults().setLatency(Duration.ZERO, Duration.ZERO);
        server.requests().clear();
    }

    @Test
    void theCardGetsTheFullUserObjectWithNothingDropped() throws Exception {
        for (LeadSummary summary : server.workspace().leads().subList(0, 40)) {
            Lead lead = client.getLead(summary.id()).execute();
            Lead expected = server.workspace().lead(summary.id()).orElseThrow();
            assertEquals(asJson(expected), asJson(lead), summary.id());
            for (String field : DashlyClient.CARD_FIELDS) {
                assertTrue(lead.source().has(field), field + " was asked for and sent");
            }
            assertTrue(lead.source().has("user_id")
                    && lead.source().has("removed")
                    && lead.source().has("map_url"));
        }
    }

    /** The lead as JSON text read back, so that 5 as an int and 5 as a long compare equal. */
    @Test
    void eventsAndConversationsArePagedByCursorToTheEnd() throws Exception {
        LeadSummary busy = server.workspace().leads().stream()
                .filter(l -> server.workspace().events(l.id()).size() > 7)
                .findFirst()
                .orElseThrow();
        List<String> events = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPage<LeadEvent> page = client.leadEvents(busy.id(), cursor, 3).execute();
            assertTrue(page.items().size() <= 3, page.items().size() + " events on a page of 3");
            page.items().forEach(e -> events.add(e.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(
                server.workspace().events(busy.id()).stream().map(LeadEvent::id).toList(),
                events,
                "newest first, once");
        assertTrue(pages >= 3, pages + " pages");
        assertThrows(ValidationException.class, () -> client.leadEvents(busy.id(), null, 0));
        assertThrows(ValidationException.class, () -> client.leadEvents(busy.id(), null, 51));
        assertEquals(1, client.leadEvents(busy.id(), null, 1).execute().items().size());
        assertEquals(
                Math.min(50, events.size()),
                client.leadEvents(busy.id(), null, 50).execute().items().size());

        LeadSummary talker = server.workspace().leads().stream()
                .filter(l -> !server.workspace().conversations(l.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        List<String> conversations = new ArrayList<>();
        cursor = null;
        pages = 0;
        do {
            CursorPage<Conversation> page =
                    client.conversations(talker.id(), cursor).execute();
            page.items().forEach(c -> conversations.add(c.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(
                server.workspace().conversations(talker.id()).stream()
                        .map(Conversation::id)
                        .toList(),
                conversations);
    }

    @Test
    void theLeadsOnlineNowAreLeadsOfTheWorkspace() throws Exception {
        List<LeadSummary> online = client.activeUsers().execute();
        assertFalse(online.isEmpty(), "the demo has leads online at any hour");
        for (LeadSummary lead : online) {
            assertTrue(server.workspace().lead(lead.id()).isPresent(), lead.id());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode asJson(Lead lead) throws Exception {
        var mapper = app.leadbrowser.client.Json.mapper();
        return mapper.readTree(mapper.writeValueAsString(lead));
    }

    @Test
    void anUnknownLeadIsNotFound() {
        NotFoundException e = assertThrows(
                NotFoundException.class, () -> client.getLead("999999999").execute());
        assertEquals("LookupError", e.errorName().orElseThrow());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void findingByUserIdReadsTheListAndNeverCreatesALead() throws Exception {
        Lead withUserId = server.workspace().leads().stream()
                .map(l -> server.workspace().lead(l.id()).orElseThrow())
                .filter(l -> l.userId() != null)
                .findFirst()
                .orElseThrow();
        assertEquals(
                Optional.of(withUserId.id()),
                client.findLeadIdByUserId(withUserId.userId()).execute());

        int before = server.workspace().size();
        assertEquals(
                Optional.empty(), client.findLeadIdByUserId("no-such-user-id").execute());
        assertEquals(before, server.workspace().size());
        assertTrue(server.requests().all().stream().noneMatch(r -> r.params().containsKey("by_user_id")));
    }

    @Test
    void pagesFollowTheServersSortAndTotal() throws Exception {
        Filter filter = Filter.and(Conditions.number("$sessions", Operator.GT, 3));
        LeadQuery query = LeadQuery.defaults()
                .withFilter(filter)
                .withSort("$sessions", SortOrder.ASC)
                .withLimit(50);
        LeadPage first = client.listLeads(query).execute();
        assertTrue(first.total() > 50, "enough leads for two pages");
        LeadPage second = client.listLeads(query.nextPage()).execute();
        List<LeadSummary> both = new java.util.ArrayList<>(first.leads());
        both.addAll(second.leads());
        for (int i = 1; i < both.size(); i++) {
            int previous = PropValues.number(both.get(i - 1).prop("$sessions"))
                    .orElseThrow()
                    .intValue();
            int current = PropValues.number(both.get(i).prop("$sessions"))
                    .orElseThrow()
                    .intValue();
            assertTrue(previous <= current, "ascending at " + i);
            assertTrue(current > 3);
        }
        assertEquals(first.total(), second.total());
    }

    @Test
    void propsComeAsStringsWhenNotConverted() throws Exception {
        LeadPage page = client.listLeads(LeadQuery.defaults().withConvertPropsTypes(false))
                .execute();
        assertTrue(
                page.leads().stream().flatMap(l -> l.props().values().stream()).allMatch(v -> v instanceof String));
        LeadPage typed = client.listLeads(LeadQuery.defaults()).execute();
        assertTrue(typed.leads().stream().anyMatch(l -> l.prop("$sessions") instanceof Number));
    }

    @Test
    void aWrongTokenIsRefused() {
        DashlyClient wrong = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), "wrong-token"));
        AuthenticationException e =
                assertThrows(AuthenticationException.class, () -> wrong.listLeads(LeadQuery.defaults())
                        .execute());
        assertEquals(401, e.httpStatus());
        assertFalse(e.getMessage().contains("wrong-token"));
    }

    @Test
    void theRulesAreCheckedBeforeSending() {
        assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withLimit(51)));
        assertThrows(
                ValidationException.class,
                () -> client.listLeads(LeadQuery.defaults().withOffset(9_999).withLimit(2)));
        assertEquals(0, server.requests().count());
    }

    @Test
    void serverErrorsAreRetriedThenSucceed() throws Exception {
        server.faults().enqueue(app.leadbrowser.sandbox.Fault.status(503), app.leadbrowser.sandbox.Fault.status(500));
        DashlyClient quick = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token())
                .withRetries(app.leadbrowser.client.http.RetryPolicy.defaults(), d -> {}));
        assertEquals(20, quick.listLeads(LeadQuery.defaults()).execute().leads().size());
        assertEquals(3, server.requests().count());
    }

    /**
     * Cancels while the request is on its way: sent, the client reading for the answer the sandbox holds back for 10
     * s. (Cancelling before sending would pass even if cancelling an in-flight call did nothing.)
     */
    @Test
    void aSlowCallCanBeCancelledWhileItWaitsForTheAnswer() throws Exception {
        server.faults().setLatency(Duration.ofSeconds(10), Duration.ZERO);
        ApiCall<LeadPage> call = client.listLeads(LeadQuery.defaults());
        CompletableFuture<ApiException> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                call.execute();
                outcome.complete(null);
            } catch (ApiException e) {
                outcome.complete(e);
            }
        });
        caller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!readsTheSocket(caller)) {
            assertTrue(System.nanoTime() < deadline, "the request was never sent");
            Thread.sleep(5);
        }
        long cancelledAt = System.nanoTime();
        call.cancel();
        assertInstanceOf(CancelledException.class, outcome.get(3, TimeUnit.SECONDS));
        assertTrue(Duration.ofNanos(System.nanoTime() - cancelledAt).toMillis() < 3000);
    }

    /** Whether {@code thread} is inside a socket read: its request was written and it waits for the answer. */
    private static boolean readsTheSocket(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            String type = frame.getClassName();
            if (frame.getMethodName().equals("read")
                    && (type.startsWith("java.net.") || type.startsWith("sun.nio.ch."))) {
                return true;
            }
        }
        return false;
    }
}
