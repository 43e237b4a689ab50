package app.leadbrowser.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception nobody caught, through the app's real Logback set-up (a private logger context). */
class CrashHandlerTest {
    private static final String TOKEN = "tok" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path logDir;

    @AfterEach
    void noNotice() {
        CrashHandler.onCrash(null);
    }

    @Test
    void anUncaughtExceptionIsLoggedRedactedAndTheTerminalGetsOnePlainLine() throws Exception {
        Secrets.register(TOKEN);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfigurator.configure(context, logDir);
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        AtomicInteger notices = new AtomicInteger();
        CrashHandler.onCrash(notices::incrementAndGet);

        Thread thread = new Thread(
                () -> {
                    throw new IllegalStateException("failed with Authorization: Token " + TOKEN);
                },
                "worker-7");
        thread.setUncaughtExceptionHandler(new CrashHandler(
                () -> context.getLogger("crash"), new PrintStream(terminal, true, StandardCharsets.UTF_8)));
        thread.start();
        thread.join();
        context.stop();

        String log = Files.readString(logDir.resolve(LogConfigurator.FILE_NAME));
        assertTrue(log.contains("Unexpected failure on thread worker-7"), log);
        assertTrue(log.contains("IllegalStateException: failed with Authorization: Token ***"), log);
        assertTrue(log.contains("\tat "), "the trace is in the log: " + log);
        assertFalse(log.contains(TOKEN), log);
        String said = terminal.toString(StandardCharsets.UTF_8);
        assertEquals(
                "Lead Browser hit an unexpected problem (IllegalStateException); the details are in its log file.",
                said.strip());
        assertEquals(1, notices.get(), "the window's notice");
    }

    @Test
    void installingMakesItEveryThreadsDefault() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            CrashHandler.install();
            assertTrue(Thread.getDefaultUncaughtExceptionHandler() instanceof CrashHandler);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void okHttpsOwnLoggingIsOff() {
        LibraryLogs.silence();
        assertEquals(
                java.util.logging.Level.OFF,
                java.util.logging.Logger.getLogger("okhttp3").getLevel());
        assertFalse(
                java.util.logging.Logger.getLogger("okhttp3.OkHttpClient").isLoggable(java.util.logging.Level.SEVERE));
    }
}
