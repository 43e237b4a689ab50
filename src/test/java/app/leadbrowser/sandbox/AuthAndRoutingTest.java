package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.PermissionException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.http.Sleeper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication, the paths and methods, and the error envelope, over loopback HTTP. */
class AuthAndRoutingTest {
    static SandboxServer server;
    static RawApi api;
    static String users;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        api = new RawApi(server);
        users = "/apps/" + server.appId() + "/users";
    }

    @Test
    void theTokenInTheHeaderIsAccepted() {
        RawApi.Answer answer = api.get(users, "limit", "3");
        assertEquals(200, answer.status());
        assertEquals(200, answer.meta().path("status").asInt());
        assertEquals(3, answer.data().path("users").size());
        assertEquals(server.workspace().size(), answer.data().path("total").asInt());
    }

    @Test
    void theTokenAsAuthTokenParameterIsAcceptedAndRedactedInTheLog() {
        RawApi.Answer answer = api.getWithoutHeader(users, "limit", "2", "auth_token", server.token());
        assertEquals(200, answer.status());
        assertEquals(2, answer.data().path("users").size());
        RecordedRequest recorded = lastRequestTo(users);
        assertFalse(recorded.authHeader());
        assertEquals(RecordedRequest.REDACTED, recorded.param("auth_token"));
        assertEquals(200, recorded.status());
    }

    @Test
    void aMissingTokenIsNotAuthenticated() {
        assertNotAuthenticated(api.getWithoutHeader(users));
    }

    @Test
    void aWrongTokenIsNotAuthenticatedInBothStyles() {
        assertNotAuthenticated(api.getWithHeader("Token wrong-token", users));
        assertNotAuthenticated(api.getWithHeader("Bearer " + server.token(), users));
        assertNotAuthenticated(api.getWithoutHeader(users, "auth_token", "wrong-token"));
        assertNotAuthenticated(api.getWithoutHeader("/users/1", "auth_token", ""));
    }

    @Test
    void theClientMapsAWrongTokenToAnAuthenticationError() {
        ClientConfig config = ClientConfig.of(server.baseUrl(), server.appId(), "not-the-token")
                .withRetries(RetryPolicy.none(), Sleeper.SYSTEM);
        try (DashlyClient client = new DashlyClient(config)) {
            assertThrows(AuthenticationException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void theV1PrefixServesTheSameMethods() {
        RawApi.Answer plain = api.get(users, "limit", "5", "id_as_string", "true");
        RawApi.Answer v1 = api.get("/v1" + users, "limit", "5", "id_as_string", "true");
        assertEquals(200, v1.status());
        assertEquals(plain.data(), v1.data());
        String id = plain.data().path("users").get(0).path("id").asText();
        assertEquals(200, api.get("/v1/users/" + id).status());
        assertEquals(200, api.get("/v1/users/" + id + "/events").status());
    }

    @Test
    void postFormParametersWorkLikeQueryParametersInUtf8() {
        String filters = "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$country\",\"type\":\"str_eq\","
                + "\"value\":{\"value\":\"Russia\"}},{\"property_name\":\"$name\",\"type\":\"str_contains\","
                + "\"value\":{\"value\":\"Иван\"}}]}";
        RawApi.Answer get = api.get(users, "filters", filters, "limit", "50", "id_as_string", "true");
        RawApi.Answer post = api.postForm(
                users, null, "filters", filters, "limit", "50", "id_as_string", "true", "auth_token", server.token());
        assertEquals(200, post.status());
        assertTrue(post.data().path("total").asInt() > 0, "some Russian leads are called Иван…");
        assertEquals(get.data(), post.data());
        assertEquals("POST", lastRequestTo(users).method());
    }

    @Test
    void anUnknownPathIsError404() {
        RawApi.Answer answer = api.get("/apps/" + server.appId() + "/segments");
        assertError(answer, 404, "Error404");
        assertError(api.get("/nothing/here"), 404, "Error404");
        assertError(api.get("/users/1/notes"), 404, "Error404");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            RawApi.Answer answer = api.send(method, users, "", "Token " + server.token(), null);
            assertError(answer, 405, "MethodNotAllowed");
        }
    }

    @Test
    void anotherAppIsPermissionDenied() {
        assertError(api.get("/apps/999/users"), 403, "PermissionDeniedError");
        assertError(api.get("/apps/999/activeusers"), 403, "PermissionDeniedError");
        ClientConfig config = ClientConfig.of(server.baseUrl(), "999", server.token())
                .withRetries(RetryPolicy.none(), Sleeper.SYSTEM);
        try (DashlyClient client = new DashlyClient(config)) {
            assertThrows(PermissionException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void everyRequestIsRecorded() {
        int before = server.requests().count();
        api.get(users, "limit", "1", "sort_prop", "$name");
        RecordedRequest recorded = lastRequestTo(users);
        assertTrue(server.requests().count() > before);
        assertEquals("GET", recorded.method());
        assertEquals("$name", recorded.param("sort_prop"));
        assertTrue(recorded.authHeader());
    }

    private static RecordedRequest lastRequestTo(String path) {
        List<RecordedRequest> all = server.requests().all();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().equals(path)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no request to " + path);
    }

    private static void assertNotAuthenticated(RawApi.Answer answer) {
        assertError(answer, 401, "NotAuthenticated");
    }

    /** The documented error envelope: HTTP status repeated in meta, the error name, a message, empty data. */
    static void assertError(RawApi.Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.body().toString());
        assertEquals(status, answer.meta().path("status").asInt());
        assertEquals(error, answer.error());
        assertFalse(answer.meta().path("error_message").asText().isBlank());
        assertTrue(answer.data().isObject() && answer.data().isEmpty(), "data is {}");
    }
}
