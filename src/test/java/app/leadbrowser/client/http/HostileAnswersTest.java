package app.leadbrowser.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.InvalidResponseException;
import app.leadbrowser.client.error.ServerException;
import app.leadbrowser.client.error.ValidationException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers a server could send on purpose: what reaches the caller is a short, clean sentence, never a crash. */
class HostileAnswersTest {
    private static final String ESC = "\u001b";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private DashlyClient client(long maxResponseBytes) {
        return new DashlyClient(ClientConfig.of(server.url("/").toString(), "100", "secret-token")
                .withRetries(RetryPolicy.none(), duration -> {})
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60))
                .withMaxResponseBytes(maxResponseBytes));
    }

    private ApiException listFails(String body) {
        if (body != null) {
            server.enqueue(new MockResponse.Builder().code(200).body(body).build());
        }
        try (DashlyClient client = client(1024 * 1024)) {
            return assertThrows(
                    ApiException.class,
                    () -> client.listLeads(LeadQuery.defaults().withLimit(2)).execute());
        }
    }

    private static String page(String users) {
        return "{\"meta\":{\"status\":200},\"data\":{\"total\":9,\"users\":[" + users + "]}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
        null id        | {"id":null,"props":{}}                       | lead 2 of the list has no id
        missing id     | {"props":{}}                                 | lead 2 of the list has no id
        blank id       | {"id":" ","props":{}}                        | lead 2 of the list has an id that is not usable
        boolean id     | {"id":true,"props":{}}                       | lead 2 of the list has an id that is not usable
        object id      | {"id":{"x":1},"props":{}}                    | lead 2 of the list has an id that is not usable
        id with ESC    | {"id":"7\\u001b[2J","props":{}}              | lead 2 of the list has an id that is not usable
        duplicated id  | {"id":"1","props":{}}                        | the list gives lead 1 twice
        """)
    void aLeadWithoutAUsableIdMakesThePageAnInvalidAnswer(String name, String second, String why) {
        ApiException failure = listFails(page("{\"id\":\"1\",\"props\":{}}," + second));
        assertInstanceOf(InvalidResponseException.class, failure);
        assertEquals("The answer from Dashly had an unexpected shape: " + why, failure.getMessage());
    }

    @Test
    void numericIdsAndIdsUpTo64CharactersAreUsable() throws Exception {
        String longest = "9".repeat(64);
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(page("{\"id\":123456789,\"props\":{}},{\"id\":123456790,\"props\":{}},{\"id\":\"" + longest
                        + "\",\"props\":{}}"))
                .build());
        try (DashlyClient client = client(1024 * 1024)) {
            assertEquals(
                    java.util.List.of("123456789", "123456790", longest),
                    client.listLeads(LeadQuery.defaults()).execute().leads().stream()
                            .map(lead -> lead.id())
                            .toList());
        }
    }

    @Test
    void anIdOf65CharactersIsNot() {
        ApiException failure = listFails(page("{\"id\":\"" + "9".repeat(65) + "\",\"props\":{}}"));
        assertEquals(
                "The answer from Dashly had an unexpected shape: lead 1 of the list has an id that is not usable",
                failure.getMessage());
    }

    @Test
    void aPageWithMoreLeadsThanAskedForIsAnInvalidAnswer() {
        ApiException failure =
                listFails(page("{\"id\":\"1\",\"props\":{}},{\"id\":\"2\",\"props\":{}},{\"id\":\"3\",\"props\":{}}"));
        assertInstanceOf(InvalidResponseException.class, failure);
        assertEquals(
                "The answer from Dashly had an unexpected shape: the page holds 3 leads where at most 2 were asked",
                failure.getMessage());
    }

    @Test
    void aCardWithoutAnIdIsAnInvalidAnswer() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"meta\":{\"status\":200},\"data\":{\"props\":{}}}")
                .build());
        try (DashlyClient client = client(1024 * 1024)) {
            ApiException failure =
                    assertThrows(ApiException.class, () -> client.getLead("5").execute());
            assertEquals("The answer from Dashly had an unexpected shape: the lead has no id", failure.getMessage());
        }
    }

    @Test
    void anErrorOf100KbWithEscapeSequencesIsCutAndCleaned() {
        String name = ESC + "[2J" + ESC + "]0;pwned\u0007Error500" + "\u202e".repeat(3);
        String message = (ESC + "[31mred\r\n" + "\u200bx".repeat(50_000));
        server.enqueue(new MockResponse.Builder()
                .code(500)
                .body("{\"meta\":{\"status\":500,\"error\":\"" + json(name) + "\",\"error_message\":\"" + json(message)
                        + "\",\"error_fields\":{\"" + json(ESC + "[1mfield") + "\":\"" + json(message) + "\"}},"
                        + "\"data\":{}}")
                .build());
        ApiException failure = listFails(null);
        assertInstanceOf(ServerException.class, failure);
        assertEquals("Dashly had an internal error (Error500): red  " + "x".repeat(194) + "…", failure.getMessage());
        assertEquals("Error500", failure.errorName().orElseThrow());
    }

    @Test
    void fieldsOfAValidationErrorAreCleanedToo() {
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .body("{\"meta\":{\"status\":400,\"error\":\"BadRequest\",\"error_message\":\"no\","
                        + "\"error_fields\":{\"" + json(ESC + "[1mlimit") + "\":\"" + json("too\nbig" + ESC + "[0m")
                        + "\"}},\"data\":{}}")
                .build());
        ValidationException failure = (ValidationException) listFails(null);
        assertEquals(java.util.Map.of("limit", "too big"), failure.fieldErrors());
    }

    /**
     * 40 MB of {@code {}} would be a tree of ~13 million nodes (well over a gigabyte); the token cap stops the parser
     * long before. Measured as the bytes this thread allocates, so the test does not depend on the heap's size.
     */
    @Test
    void fortyMegabytesOfTinyObjectsAreRefusedWithoutFillingTheHeap() {
        int objects = 40 * 1024 * 1024 / 3;
        Buffer body = new Buffer().writeUtf8("{\"meta\":{\"status\":200},\"data\":{\"total\":1,\"users\":[");
        byte[] chunk = "{},".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < objects / 4096; i++) {
            body.write(chunk);
        }
        body.writeUtf8("{}]}}");
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try (DashlyClient client = client(48L * 1024 * 1024)) {
            ApiException failure = assertThrows(ApiException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
            long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - before) / (1024 * 1024);
            assertTrue(allocatedMb < 400, "allocated " + allocatedMb + " MB");
            assertInstanceOf(InvalidResponseException.class, failure);
            assertEquals(
                    "The answer from Dashly held more values than the client reads (over " + BoundedJson.MAX_TOKENS
                            + ") and was not read",
                    failure.getMessage());
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    @Test
    void noControlCharacterSurvives() {
        String cleaned = app.leadbrowser.client.error.ServerText.clean("a" + ESC + "[2Jb\u0000c\u0007d\u200be\u202ef");
        assertEquals("abcdef", cleaned);
        assertFalse(cleaned.chars().anyMatch(Character::isISOControl));
    }
}
