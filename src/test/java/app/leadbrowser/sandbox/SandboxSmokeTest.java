package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.Lead;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SandboxSmokeTest {
    static SandboxServer server;
    static DashlyClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        System.out.println("generated " + server.workspace().size() + " leads in "
                + server.generationTime().toMillis() + " ms");
        client = new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void listsAndReadsLeads() throws Exception {
        LeadPage page = client.listLeads(LeadQuery.defaults()).execute();
        assertEquals(server.workspace().size(), page.total());
        assertEquals(20, page.leads().size());
        System.out.println(page.leads().get(0));
        Lead lead = client.getLead(page.leads().get(0).id()).execute();
        System.out.println(lead.source().toPrettyString());
        assertTrue(lead.props().containsKey("$last_seen"));
        long t = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            client.listLeads(
                            LeadQuery.defaults()
                                    .withSort("$name", app.leadbrowser.client.SortOrder.ASC)
                                    .withOffset(i * 50)
                                    .withLimit(50)
                                    .withFilter(
                                            app.leadbrowser.client.filter.FilterJson.read(
                                                    "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\",\"value\":{\"value\":30,\"unit\":\"days\"}}]}")))
                    .execute();
        }
        System.out.println("20 filtered lists: " + (System.nanoTime() - t) / 1_000_000 + " ms");
    }
}
