package app.leadbrowser.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://api.dashly.app", "http://10.0.0.5:8080", "http://example.com/v1"})
    void refusesPlainHttpBeyondThisComputer(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientConfig.of(url, "1", "t"));
        assertTrue(e.getMessage().contains("Plain http is refused"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://api.dashly.app/v1/"})
    void acceptsHttpsAndLoopback(String url) {
        ClientConfig config = ClientConfig.of(url, "1", "t");
        assertFalse(config.baseUrl().endsWith("/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api.dashly.app", "ftp://x", "https://user:pw@api.dashly.app", "https://a?b=c"})
    void refusesWhatIsNotABaseUrl(String url) {
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of(url, "1", "t"));
    }

    @Test
    void checksAppIdAndToken() {
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("https://a.b", "abc", "t"));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("https://a.b", "", "t"));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("https://a.b", "1", " "));
    }

    @Test
    void refusesATokenThatCannotBeSentInAHeader() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> ClientConfig.of("https://a.b", "1", "abcdef\u200b123"));
        assertTrue(refused.getMessage().startsWith("The API token holds a character no token has"));
    }

    @Test
    void localhostIsLoopbackOnlyWhenItResolvesThere() throws Exception {
        boolean resolvesToLoopback = java.util.Arrays.stream(java.net.InetAddress.getAllByName("localhost"))
                .allMatch(java.net.InetAddress::isLoopbackAddress);
        assertEquals(resolvesToLoopback, ClientConfig.isLoopback("localhost"));
        assertTrue(ClientConfig.isLoopback("127.0.0.2"));
        assertTrue(ClientConfig.isLoopback("[::1]"));
        assertFalse(ClientConfig.isLoopback("localhost.example.com"));
        assertFalse(ClientConfig.isLoopback("10.0.0.1"));
    }

    @Test
    void neverPrintsTheToken() {
        ClientConfig config = ClientConfig.of(ClientConfig.DEFAULT_BASE_URL, "1", "very-secret-token");
        assertFalse(config.toString().contains("very-secret-token"));
        assertEquals("very-secret-token", config.token());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "api.dashly.app",
                "https://a b",
                "ftp://x",
                "https:///path",
                "https://a?b=c",
                "https://a#b",
                "https://user@a.b",
                "http://example.com"
            })
    void namesWhatIsWrongWithABaseUrl(String url) {
        InvalidBaseUrlException refused =
                assertThrows(InvalidBaseUrlException.class, () -> ClientConfig.of(url, "1", "t"));
        InvalidBaseUrlException.Problem expected =
                switch (url) {
                    case "" -> InvalidBaseUrlException.Problem.EMPTY;
                    case "https://a b" -> InvalidBaseUrlException.Problem.NOT_AN_ADDRESS;
                    case "https://a?b=c", "https://a#b", "https://user@a.b" -> InvalidBaseUrlException.Problem
                            .HAS_EXTRAS;
                    case "http://example.com" -> InvalidBaseUrlException.Problem.PLAIN_HTTP_OFF_THIS_COMPUTER;
                    default -> InvalidBaseUrlException.Problem.NOT_HTTPS_WITH_HOST;
                };
        assertEquals(expected, refused.problem(), refused.getMessage());
    }

    @Test
    void keepsTheBaseUrlAsTypedButForTheTrailingSlashAndTheSpaces() {
        assertEquals("HTTPS://api.dashly.app/v1", ClientConfig.checkBaseUrl(" HTTPS://api.dashly.app/v1/ "));
        assertEquals("https://api.dashly.app", ClientConfig.checkBaseUrl("https://api.dashly.app"));
    }

    @Test
    void stripsTheAppIdAndTheToken() {
        ClientConfig config = ClientConfig.of("https://a.b", " 42 ", "  tok-en\t");
        assertEquals("42", config.appId());
        assertEquals("tok-en", config.token());
    }

    @Test
    void aHeaderSafeTokenIsVisibleAsciiOnly() {
        assertTrue(ClientConfig.isHeaderSafe("!azAZ09-_.~"));
        assertFalse(ClientConfig.isHeaderSafe("a b"));
        assertFalse(ClientConfig.isHeaderSafe("a\u007fb"));
        assertFalse(ClientConfig.isHeaderSafe("a\u0080b"));
        assertFalse(ClientConfig.isHeaderSafe("a\u001fb"));
    }

    @Test
    void atLeastOneRequestInFlight() {
        ClientConfig config = ClientConfig.of("https://a.b", "1", "t");
        assertEquals(1, config.withMaxInFlight(1).maxInFlight());
        assertThrows(IllegalArgumentException.class, () -> config.withMaxInFlight(0));
    }

    @Test
    void eachWithChangesOnlyItsOwnSetting() {
        ClientConfig config = ClientConfig.of("https://a.b", "1", "t");
        Sleeper noWait = duration -> {};
        Duration second = Duration.ofSeconds(1);

        ClientConfig retries = config.withRetries(RetryPolicy.none(), noWait);
        assertEquals(1, retries.retryPolicy().maxAttempts());
        assertEquals(noWait, retries.sleeper());
        assertEquals(config.withRetries(config.retryPolicy(), config.sleeper()), config);

        ClientConfig timeouts = config.withTimeouts(second, second.multipliedBy(2), second.multipliedBy(3));
        assertEquals(
                List.of(second, second.multipliedBy(2), second.multipliedBy(3)),
                List.of(timeouts.connectTimeout(), timeouts.readTimeout(), timeouts.callTimeout()));
        assertEquals(config.retryPolicy(), timeouts.retryPolicy());

        assertEquals(1024, config.withMaxResponseBytes(1024).maxResponseBytes());
        assertEquals(5, config.withMaxInFlight(5).withMaxResponseBytes(1024).maxInFlight());
        assertEquals(config.maxResponseBytes(), config.withMaxInFlight(5).maxResponseBytes());
        assertEquals(
                "https://a.b", config.withMaxInFlight(5).withMaxResponseBytes(1).baseUrl());
    }
}
