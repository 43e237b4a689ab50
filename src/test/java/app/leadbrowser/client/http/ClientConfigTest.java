package app.leadbrowser.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
