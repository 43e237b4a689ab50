package app.leadbrowser.client.deep;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxClock;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One 30,000-lead sandbox for the deep-listing tests of a run (generating it takes a second), with a client and the
 * expected answer of any query: the leads the sandbox's own evaluator selects, in the list's order.
 */
public final class DeepSandbox {
    public static final int LEADS = 30_000;
    private static SandboxServer server;
    private static DashlyClient client;

    private DeepSandbox() {}

    public static synchronized SandboxServer server() {
        if (server == null) {
            try {
                server = SandboxServer.start(SandboxOptions.defaults()
                        .withLeads(LEADS)
                        .withSeed(19)
                        .withClock(SandboxClock.fixedAt(Instant.now())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            client = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                server.close();
            }));
        }
        return server;
    }

    public static synchronized DashlyClient client() {
        server();
        return client;
    }

    /** A deep listing whose relative bounds are measured from the sandbox's clock, as a client in step with it. */
    public static DeepListing listing(FilterGroups groups, LeadQuery query) {
        return new DeepListing(client(), groups, query, server().clock());
    }

    /** A deep listing with its own clock, which may differ from the sandbox's. */
    static DeepListing listing(FilterGroups groups, LeadQuery query, Clock clock) {
        return new DeepListing(client(), groups, query, clock);
    }

    /** The leads matching at the sandbox's now, in the list's order. */
    public static List<LeadSummary> expected(FilterGroups groups, LeadQuery query) {
        return expected(server(), groups, query);
    }

    /** The leads of {@code on} matching at its now, in the list's order. */
    public static List<LeadSummary> expected(SandboxServer on, FilterGroups groups, LeadQuery query) {
        Instant now = on.clock().instant();
        List<LeadSummary> matching = new ArrayList<>();
        for (LeadSummary lead : on.workspace().leads()) {
            if (groups.matches(lead.props(), now)) {
                matching.add(lead);
            }
        }
        matching.sort(LeadOrder.of(query.sortProp(), query.sortOrder()));
        return matching;
    }

    /** Every lead of the cursor, in the order given. */
    public static List<LeadSummary> drain(DeepCursor cursor) throws Exception {
        List<LeadSummary> leads = new ArrayList<>();
        for (LeadSummary lead = cursor.next(); lead != null; lead = cursor.next()) {
            leads.add(lead);
        }
        return leads;
    }
}
