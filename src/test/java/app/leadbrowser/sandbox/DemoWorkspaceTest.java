package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.EmailStatus;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Note;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.PropValues;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated demo workspace: deterministic, fast enough, and varied like a real one. */
class DemoWorkspaceTest {
    static SandboxServer server;
    static List<LeadSummary> all;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        all = server.workspace().leads();
    }

    @Test
    void theSameSeedAndStartGiveTheSameData() {
        Instant now = server.workspace().anchor().plus(5, ChronoUnit.HOURS);
        DemoWorkspace one = DemoWorkspace.generate(2000, 42, "100", now);
        DemoWorkspace two = DemoWorkspace.generate(2000, 42, "100", now);
        DemoWorkspace other = DemoWorkspace.generate(2000, 43, "100", now);
        DemoWorkspace later = DemoWorkspace.generate(2000, 42, "100", now.plus(3, ChronoUnit.HOURS));
        assertEquals(one.leads(), two.leads());
        for (int i = 0; i < 2000; i += 97) {
            assertEquals(
                    seen(one.leads().get(i)).plus(3, ChronoUnit.HOURS),
                    seen(later.leads().get(i)),
                    "a later start moves every time by as much");
        }
        for (int i = 0; i < 2000; i += 97) {
            String id = one.leads().get(i).id();
            assertEquals(
                    withoutSource(one.lead(id).orElseThrow()),
                    withoutSource(two.lead(id).orElseThrow()));
            assertEquals(one.events(id), two.events(id));
            assertEquals(one.conversations(id), two.conversations(id));
        }
        assertNotEquals(one.leads(), other.leads());
        assertEquals(
                all.subList(0, 2000).stream().map(LeadSummary::id).toList(),
                DemoWorkspace.generate(2000, 42, "100", Instant.now()).leads().stream()
                        .map(LeadSummary::id)
                        .toList(),
                "the first leads of a bigger workspace are the same leads");
    }

    @Test
    void theWorkspaceLooksLiveAtAnyHour() {
        Instant start = Instant.parse("2026-12-07T13:37:21Z");
        DemoWorkspace workspace = DemoWorkspace.generate(3000, 42, "100", start);
        List<LeadSummary> online = workspace.leads().stream()
                .filter(l -> l.presence() != Presence.OFFLINE)
                .toList();
        assertTrue(online.size() > 20);
        assertTrue(
                online.stream()
                        .allMatch(l -> !seen(l).isAfter(start) && seen(l).isAfter(start.minus(16, ChronoUnit.MINUTES))),
                "online and idle leads were seen in the quarter hour before the start");
    }

    /**
     * Judged by the CPU time the generation takes (its threads' and the collector's), which other work on a shared
     * machine does not inflate: within 2 s of CPU is within a second on two free cores.
     */
    @Test
    void oneHundredThousandLeadsAreGeneratedWithinASecond() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        DemoWorkspace.generate(20_000, 42, "100", Instant.now()); // warm
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            assertEquals(
                    100_000,
                    DemoWorkspace.generate(100_000, 42, "100", Instant.now()).size());
            bestWall = Math.min(bestWall, (System.nanoTime() - started) / 1_000_000);
            bestCpu = Math.min(bestCpu, (os.getProcessCpuTime() - cpu) / 1_000_000);
        }
        System.out.println("Sandbox generation of 100,000 leads, best of 3: " + bestWall + " ms, " + bestCpu
                + " ms of CPU on " + Runtime.getRuntime().availableProcessors() + " cores");
        assertTrue(bestCpu < 2_000, "CPU time of a 100,000-lead generation: " + bestCpu + " ms");
    }

    @Test
    void generationTimeIsReported() {
        Duration time = server.generationTime();
        System.out.println("Sandbox generation of " + server.workspace().size() + " leads: " + time.toMillis()
                + " ms (at the shared server's start; cold only when it is the first generation in this JVM)");
        long started = System.nanoTime();
        DemoWorkspace.generate(12_000, 42, "100", Instant.now());
        System.out.println("Sandbox generation again, warm: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertTrue(time.toMillis() < 10_000, "generous bound: this machine is shared; see the printed figure");
    }

    @Test
    void leadsLookReal() {
        assertEquals(12_000, all.size());
        assertTrue(
                share(l -> l.prop("$name") instanceof String n && n.chars().anyMatch(c -> c >= 'А' && c <= 'я')) > 0.2,
                "Russian names in Cyrillic");
        assertTrue(distinct("$country") >= 10 && distinct("$city") >= 30);
        assertTrue(share(l -> l.prop("$email") instanceof String e && e.matches("[a-z0-9._]+@[a-z0-9.-]+")) > 0.7);
        assertTrue(share(l -> l.prop("$phone") instanceof String p && p.startsWith("+")) > 0.4);
        assertTrue(share(l -> l.props().containsKey("$utm_source")) > 0.4);
        assertTrue(share(l -> l.props().containsKey("$initial_referrer")) > 0.5);
        assertTrue(share(l -> l.props().containsKey("$avatar")) > 0.05);
        assertTrue(share(l -> l.prop("viewed_categories") instanceof List<?>) > 0.3);
        assertTrue(share(l -> l.prop("subscribed") instanceof Boolean) > 0.5);
        assertTrue(distinct("plan") == 4 && distinct("company") > 10);
        assertTrue(all.stream().allMatch(l -> Objects.equals(l.prop("$user_id") != null, hasUserIdOrNot(l))));
        assertTrue(all.stream().allMatch(DemoWorkspaceTest::hasAContact), "every lead has a contact");
    }

    @Test
    void lastSeenSpreadsOverAYear() {
        Instant anchor = server.workspace().anchor();
        List<Instant> seen = all.stream()
                .map(l -> PropValues.instant(l.prop("$last_seen")).orElseThrow())
                .toList();
        assertTrue(seen.stream().anyMatch(t -> t.isBefore(anchor.minus(300, ChronoUnit.DAYS))));
        assertTrue(seen.stream().anyMatch(t -> t.isAfter(anchor.minus(1, ChronoUnit.DAYS))));
        assertTrue(seen.stream().allMatch(t -> !t.isAfter(anchor) && t.isAfter(anchor.minus(366, ChronoUnit.DAYS))));
    }

    @Test
    void theWorkspaceHasEventTypesSegmentsAndAMixOfStates() {
        assertTrue(server.workspace().eventTypes().size() >= 20);
        assertTrue(server.workspace().segments().size() >= 8);
        assertEquals(
                Set.of(Presence.ONLINE, Presence.IDLE, Presence.OFFLINE),
                all.stream().map(LeadSummary::presence).collect(Collectors.toSet()));
        Set<String> statuses = new HashSet<>();
        Set<String> authors = new HashSet<>();
        Set<String> tags = new HashSet<>();
        Set<Integer> offsets = new HashSet<>();
        int located = 0;
        for (LeadSummary summary : all.subList(0, 1500)) {
            Lead lead = server.workspace().lead(summary.id()).orElseThrow();
            if (lead.emailStatus() != null) {
                statuses.add(lead.emailStatus().status());
            }
            lead.notes().stream().map(Note::author).forEach(a -> authors.add(a.name()));
            tags.addAll(lead.tags());
            offsets.add(lead.timezoneOffset());
            if (lead.mapUrl() != null) {
                assertTrue(lead.mapUrl().startsWith("https://"));
                located++;
            }
        }
        assertEquals(
                Set.of(
                        "validation",
                        "not_valid",
                        "not_confirmed",
                        "confirmed",
                        "bounced",
                        "spam",
                        "unsubscribed",
                        "black_list"),
                statuses);
        assertTrue(authors.size() >= 3 && tags.size() >= 5 && offsets.size() >= 8 && offsets.contains(null));
        assertTrue(located > 1000);
        EmailStatus sample =
                server.workspace().lead(all.get(0).id()).orElseThrow().emailStatus();
        assertTrue(sample == null
                || sample.updated().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+03:00"));
    }

    private static boolean hasUserIdOrNot(LeadSummary lead) {
        return server.workspace()
                .idForUserId(String.valueOf(lead.prop("$user_id")))
                .isPresent();
    }

    private static boolean hasAContact(LeadSummary lead) {
        return lead.props().containsKey("$name")
                || lead.props().containsKey("$email")
                || lead.props().containsKey("$phone")
                || lead.props().containsKey("$user_id");
    }

    private static Instant seen(LeadSummary lead) {
        return PropValues.instant(lead.prop("$last_seen")).orElseThrow();
    }

    private static Lead withoutSource(Lead lead) {
        return lead.withSource(null);
    }

    private static long distinct(String prop) {
        return all.stream()
                .map(l -> l.prop(prop))
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    private static double share(Predicate<LeadSummary> test) {
        return all.stream().filter(test).count() / (double) all.size();
    }
}
