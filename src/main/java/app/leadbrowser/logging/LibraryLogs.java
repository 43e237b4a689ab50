package app.leadbrowser.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * OkHttp logs through java.util.logging, whose console handler writes to stderr outside {@link RedactingLayout}:
 * its loggers are turned off (the client logs each failure itself, redacted).
 */
public final class LibraryLogs {
    /** java.util.logging keeps loggers weakly: a setting on one nobody holds would be lost. */
    private static final Logger OKHTTP = Logger.getLogger("okhttp3");

    private LibraryLogs() {}

    /** Called where the HTTP client is built, so that nothing of it loads on the app's start path. */
    public static void silence() {
        OKHTTP.setLevel(Level.OFF);
    }
}
