package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.model.LeadSummary;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two ways the workspace grows: the docs' {@code by_user_id} trap and the insert-at-top knob. */
class LeadCreationTest {
    SandboxServer server;
    DashlyClient client;
    RawApi api;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withLeads(600).withSeed(7));
        client = SharedSandbox.client(server);
        api = new RawApi(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void byUserIdWithAnUnknownUserIdCreatesALead() {
        int before = server.workspace().size();
        JsonNode created = api.get("/users/no-such-user-7", "by_user_id", "true", "id_as_string", "true")
                .data();
        assertEquals(before + 1, server.workspace().size(), "Dashly creates the user: the trap the client avoids");
        assertEquals("no-such-user-7", created.path("user_id").asText());
        assertEquals("no-such-user-7", created.path("props").path("$user_id").asText());
        assertEquals(
                Optional.of(created.path("id").asText()), server.workspace().idForUserId("no-such-user-7"));

        JsonNode again = api.get("/users/no-such-user-7", "by_user_id", "true", "id_as_string", "true")
                .data();
        assertEquals(created.path("id"), again.path("id"));
        assertEquals(before + 1, server.workspace().size(), "a known User ID creates nothing");
    }

    @Test
    void theClientFindsByUserIdWithoutCreatingLeads() throws Exception {
        String userId = (String) server.workspace().leads().stream()
                .filter(l -> l.prop("$user_id") != null)
                .findFirst()
                .orElseThrow()
                .prop("$user_id");
        int before = server.workspace().size();
        assertEquals(
                server.workspace().idForUserId(userId),
                client.findLeadIdByUserId(userId).execute());
        assertEquals(
                Optional.empty(), client.findLeadIdByUserId("nobody-has-this").execute());
        assertEquals(before, server.workspace().size());
        assertTrue(server.requests().all().stream().noneMatch(r -> r.params().containsKey("by_user_id")));
    }

    @Test
    void aLeadInsertedAtTheTopRepeatsALeadAcrossPages() throws Exception {
        LeadQuery first = LeadQuery.defaults().withLimit(20);
        LeadPage page1 = client.listLeads(first).execute();
        LeadSummary inserted = server.insertLeadAtTop();
        LeadPage page2 = client.listLeads(first.nextPage()).execute();

        assertEquals(601, server.workspace().size());
        assertEquals(601, page2.total());
        assertEquals(page1.leads().get(19).id(), page2.leads().get(0).id(), "the docs' duplicate across pages");
        Set<String> seen = new HashSet<>();
        page1.leads().forEach(l -> seen.add(l.id()));
        assertFalse(seen.contains(inserted.id()));
        assertEquals(
                inserted.id(), client.listLeads(first).execute().leads().get(0).id(), "newest comes first");
        assertEquals(
                server.workspace().lead(inserted.id()).orElseThrow().props(),
                client.getLead(inserted.id()).execute().props());
        assertTrue(List.of(inserted.id())
                .contains(client.activeUsers().execute().stream()
                        .filter(l -> l.id().equals(inserted.id()))
                        .findFirst()
                        .orElseThrow()
                        .id()));
    }
}
