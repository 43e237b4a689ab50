package app.leadbrowser.settings;

import app.leadbrowser.client.http.ClientConfig;

/**
 * What is wrong with an API token as typed or read (the dialog and the command line say it in their own words). A
 * token goes into an HTTP header, which takes visible ASCII only: a zero-width space pasted with it would be saved
 * and then refused by the HTTP library at every request.
 */
public final class TokenText {
    /** One problem of a token; {@link #NONE} when it can be used. */
    public enum Problem {
        NONE,
        EMPTY,
        SPACES,
        NOT_HEADER_SAFE
    }

    private TokenText() {}

    /** The problem of {@code token} once stripped of the spaces around it. */
    public static Problem check(String token) {
        String text = token == null ? "" : token.strip();
        if (text.isEmpty()) {
            return Problem.EMPTY;
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Problem.SPACES;
        }
        return ClientConfig.isHeaderSafe(text) ? Problem.NONE : Problem.NOT_HEADER_SAFE;
    }
}
