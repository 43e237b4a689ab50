package app.leadbrowser.sandbox;

import java.util.Locale;

/**
 * The {@code Host} headers the sandbox answers: 127.0.0.1 or localhost, with or without a port. A page in a browser
 * that rebinds its own name to 127.0.0.1 sends its own name, and is refused.
 */
final class LoopbackHost {
    static final String REFUSAL = "This sandbox answers only requests addressed to 127.0.0.1 or localhost";

    private LoopbackHost() {}

    static boolean accepts(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost");
    }
}
