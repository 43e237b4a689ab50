package app.leadbrowser.settings;

/**
 * A token could not be stored or removed. The message is fit to show a person and never holds the token; the
 * cause is kept only when its message cannot hold it either.
 */
public final class TokenStoreException extends RuntimeException {
    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
