package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's online leads and conversations are there to be looked at: the Online now view and the card's tab. */
class DemoConversationsTest {
    static SandboxServer server;
    static DashlyClient client;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        client = SharedSandbox.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void severalOnlineLeadsAreInConversations() throws Exception {
        List<LeadSummary> online = client.activeUsers().execute();
        long talking = online.stream()
                .filter(lead -> !server.workspace().conversations(lead.id()).isEmpty())
                .count();
        assertTrue(talking >= 10, "online leads with conversations: " + talking);
        assertTrue(talking > online.size() / 3, "most online leads talk more often than the others");
    }

    @Test
    void someLeadsHaveMoreConversationsThanAPage() throws Exception {
        String talkative = server.workspace().leads().stream()
                .map(LeadSummary::id)
                .filter(id -> server.workspace().conversations(id).size() > 20)
                .findFirst()
                .orElseThrow();
        List<Conversation> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPage<Conversation> page =
                    client.conversations(talkative, cursor).execute();
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertTrue(pages >= 2);
        assertEquals(server.workspace().conversations(talkative), walked);
    }

    @Test
    void noConversationIsUpdatedAfterTheLeadsLastVisit() {
        for (LeadSummary lead : server.workspace().leads().subList(0, 2000)) {
            long lastSeen =
                    PropValues.instant(lead.prop("$last_seen")).orElseThrow().getEpochSecond();
            for (Conversation c : server.workspace().conversations(lead.id())) {
                assertNotNull(c.lastUpdate());
                assertTrue(c.lastUpdate() <= lastSeen, lead.id() + " conversation " + c.id());
                assertTrue(c.created() <= c.lastUpdate());
            }
        }
    }
}
