package app.leadbrowser.ui.common;

import app.leadbrowser.client.error.ApiException;

/** Turns a failure into a sentence for a person: the API client's messages are already readable; never a trace. */
public final class UserMessages {
    private UserMessages() {}

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return "Something unexpected went wrong. Try again.";
    }
}
