package app.leadbrowser.client.http;

import app.leadbrowser.logging.Secrets;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where and how the client talks to Dashly. The token is never printed: {@link #toString()} hides it, and it is
 * registered with {@link Secrets} so that no log line shows it either. A plain http base URL is refused unless it
 * points at this computer (loopback), where the embedded sandbox runs.
 */
public record ClientConfig(
        String baseUrl,
        String appId,
        String token,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        RetryPolicy retryPolicy,
        Sleeper sleeper,
        int maxInFlight,
        long maxResponseBytes) {

    public static final String DEFAULT_BASE_URL = "https://api.dashly.app";

    public ClientConfig {
        baseUrl = checkBaseUrl(baseUrl);
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("The app id is empty");
        }
        if (!appId.strip().chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("The app id must be a number (it is in the admin panel's address)");
        }
        appId = appId.strip();
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The API token is empty");
        }
        token = token.strip();
        Secrets.register(token);
        if (!isHeaderSafe(token)) {
            throw new IllegalArgumentException(
                    "The API token holds a character no token has (perhaps an invisible one pasted with it)");
        }
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        Objects.requireNonNull(callTimeout);
        Objects.requireNonNull(retryPolicy);
        Objects.requireNonNull(sleeper);
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    /**
     * Default timeouts (connect 10 s, read 30 s, whole call 60 s), the default retries, at most 2 requests in
     * flight (the rate limits are not published; 2 is our safe choice), responses up to 32 MB.
     */
    public static ClientConfig of(String baseUrl, String appId, String token) {
        return new ClientConfig(
                baseUrl,
                appId,
                token,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                RetryPolicy.defaults(),
                Sleeper.SYSTEM,
                2,
                32L * 1024 * 1024);
    }

    public ClientConfig withRetries(RetryPolicy policy, Sleeper waiter) {
        return new ClientConfig(
                baseUrl,
                appId,
                token,
                connectTimeout,
                readTimeout,
                callTimeout,
                policy,
                waiter,
                maxInFlight,
                maxResponseBytes);
    }

    public ClientConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientConfig(
                baseUrl, appId, token, connect, read, call, retryPolicy, sleeper, maxInFlight, maxResponseBytes);
    }

    public ClientConfig withMaxInFlight(int value) {
        return new ClientConfig(
                baseUrl,
                appId,
                token,
                connectTimeout,
                readTimeout,
                callTimeout,
                retryPolicy,
                sleeper,
                value,
                maxResponseBytes);
    }

    public ClientConfig withMaxResponseBytes(long value) {
        return new ClientConfig(
                baseUrl,
                appId,
                token,
                connectTimeout,
                readTimeout,
                callTimeout,
                retryPolicy,
                sleeper,
                maxInFlight,
                value);
    }

    /** Whether {@code text} may be sent in a header as it is: visible ASCII characters only. */
    public static boolean isHeaderSafe(String text) {
        return text.chars().allMatch(c -> c > ' ' && c < 0x7F);
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUrl=" + baseUrl + ", appId=" + appId + ", token=<hidden>]";
    }

    /** Checks a base URL as a person typed it; returns it without a trailing slash. */
    public static String checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidBaseUrlException(InvalidBaseUrlException.Problem.EMPTY, "The base URL is empty");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new InvalidBaseUrlException(
                    InvalidBaseUrlException.Problem.NOT_AN_ADDRESS,
                    "The base URL is not a valid address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidBaseUrlException(
                    InvalidBaseUrlException.Problem.NOT_HTTPS_WITH_HOST,
                    "The base URL must start with https:// and name a host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new InvalidBaseUrlException(
                    InvalidBaseUrlException.Problem.HAS_EXTRAS,
                    "The base URL must not hold a query, a fragment or a user name");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidBaseUrlException(
                    InvalidBaseUrlException.Problem.PLAIN_HTTP_OFF_THIS_COMPUTER,
                    "Plain http is refused: the token would cross the network unencrypted. Use https:// "
                            + "(http is allowed only to this computer, e.g. the demo sandbox)");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Whether plain http to {@code host} stays on this computer: a loopback address, or {@code localhost} when every
     * address it resolves to is loopback (a hosts file may point it elsewhere).
     */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean localhost = bare.equalsIgnoreCase("localhost");
        if (!localhost && !bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false; // any other name: never resolve it here
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
