package app.leadbrowser.client.http;

/** A base URL that cannot be used, with what is wrong with it (so a window can say it in its own language). */
public final class InvalidBaseUrlException extends IllegalArgumentException {
    /** What is wrong with the address. */
    public enum Problem {
        EMPTY,
        NOT_AN_ADDRESS,
        NOT_HTTPS_WITH_HOST,
        HAS_EXTRAS,
        PLAIN_HTTP_OFF_THIS_COMPUTER
    }

    private final Problem problem;

    InvalidBaseUrlException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
