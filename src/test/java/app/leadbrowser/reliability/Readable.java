package app.leadbrowser.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/** What a message shown to a person must be: a sentence, not a class name or a stack trace. */
final class Readable {
    private static final Pattern CLASS_NAME =
            Pattern.compile("(Exception|Error\\b(?!500)|java\\.|javax\\.|app\\.leadbrowser|com\\.fasterxml|okhttp3)");

    private Readable() {}

    static void assertReadable(String message) {
        assertTrue(message != null && !message.isBlank(), "no message");
        assertFalse(CLASS_NAME.matcher(message).find(), () -> "a class name in: " + message);
        assertFalse(message.contains("\tat ") || message.contains("\n"), () -> "a stack trace in: " + message);
        assertTrue(message.length() <= 400, () -> "too long for a person: " + message.length() + " chars");
    }
}
