package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.error.ConnectionException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void apiAndInputErrorsKeepTheirReadableMessage() {
        assertEquals(
                "The server could not be reached",
                UserMessages.describe(new ConnectionException("The server could not be reached", null)));
        assertEquals("The app id is empty", UserMessages.describe(new IllegalArgumentException("The app id is empty")));
    }

    @Test
    void anythingElseSaysNoClassNameOrTrace() {
        assertEquals(
                "Something unexpected went wrong. Try again.",
                UserMessages.describe(new NullPointerException("x.y() is null")));
    }
}
