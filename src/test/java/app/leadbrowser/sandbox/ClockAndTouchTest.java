package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.LeadSummary;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's clock, which tests advance, and touching a lead between two requests. */
class ClockAndTouchTest {
    static final Instant START = Instant.parse("2026-12-07T03:04:05Z");
    static SandboxServer server;
    static DashlyClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withLeads(2_000).withClock(SandboxClock.fixedAt(START)));
        client = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void relativeDatesAreMeasuredFromTheServersClockAsItAdvances() throws Exception {
        Filter recent = Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 90, DateUnit.MINUTES));
        assertEquals(START, server.workspace().anchor(), "the data is dated from the server's start");
        long before = total(recent);
        assertEquals(count(recent), before);
        server.clock().advance(Duration.ofMinutes(80));
        long after = total(recent);
        assertEquals(count(recent), after);
        assertNotEquals(before, after, "leads seen 10 to 90 minutes before the start have aged out of it");
        assertThrows(IllegalArgumentException.class, () -> server.clock().advance(Duration.ofSeconds(-1)));
    }

    @Test
    void aTouchedLeadComesFirstInTheDefaultOrder() throws Exception {
        LeadSummary last = client.listLeads(
                        LeadQuery.defaults().withOffset(1_990).withLimit(1))
                .execute()
                .leads()
                .get(0);
        server.clock().advance(Duration.ofSeconds(7));
        LeadSummary touched = server.touch(last.id());
        assertEquals(last.prop("$email"), touched.prop("$email"), "its other props stay");
        LeadSummary first = client.listLeads(LeadQuery.defaults().withLimit(1))
                .execute()
                .leads()
                .get(0);
        assertEquals(last.id(), first.id());
        assertEquals(
                server.clock().instant().getEpochSecond(),
                java.time.LocalDateTime.parse((String) first.prop("$last_seen"))
                        .toEpochSecond(java.time.ZoneOffset.UTC));
        assertEquals(2_000, server.workspace().size());
        assertThrows(IllegalArgumentException.class, () -> server.touch("12345"));
    }

    private static long total(Filter filter) throws Exception {
        return client.listLeads(LeadQuery.defaults().withFilter(filter).withLimit(1))
                .execute()
                .total();
    }

    private static long count(Filter filter) {
        Instant now = server.clock().instant();
        return server.workspace().leads().stream()
                .filter(l -> FilterEvaluator.matches(filter, l.props(), now))
                .count();
    }
}
