package app.leadbrowser.logging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets this run of the app knows (API tokens), and the rule that masks them in any text bound for a log:
 * every registered secret, and whatever looks like {@code Authorization: Token …} or {@code auth_token=…}, becomes
 * {@value #MASK}. The API client and the token stores register each token they are given.
 */
public final class Secrets {
    public static final String MASK = "***";

    /** Shorter values are not masked: they would blot out ordinary words, and no real token is that short. */
    static final int MIN_LENGTH = 6;

    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?(?:token|bearer|basic)?\\s*)[^\\s\"',;&]+");
    private static final Pattern AUTH_TOKEN = Pattern.compile("(?i)(auth_token[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&]+");

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {}

    /** Masks {@code secret} in every log line from now on; blank or very short values are ignored. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_LENGTH) {
            KNOWN.add(secret.strip());
        }
    }

    /** {@code text} with every known secret and every token-like phrase replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : longestFirst()) {
            masked = masked.replace(secret, MASK);
        }
        masked = AUTHORIZATION.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return AUTH_TOKEN.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** A secret that contains another is masked whole, not around the shorter one. */
    private static List<String> longestFirst() {
        List<String> secrets = new ArrayList<>(KNOWN);
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return secrets;
    }
}
