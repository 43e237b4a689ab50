package app.leadbrowser.client.filter;

/** A filters JSON that cannot be read: the message names what is wrong and where. */
public final class FilterFormatException extends IllegalArgumentException {
    public FilterFormatException(String message) {
        super(message);
    }
}
