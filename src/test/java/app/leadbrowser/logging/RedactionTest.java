package app.leadbrowser.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The redaction rule, on its own and through the app's real Logback set-up (a private logger context). */
class RedactionTest {
    private static final String TOKEN = "tok" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path logDir;

    @Test
    void aRegisteredTokenIsMaskedWherever() {
        Secrets.register(TOKEN);
        assertEquals("a *** b", Secrets.redact("a " + TOKEN + " b"));
        assertEquals("x***y", Secrets.redact("x" + TOKEN + "y"));
    }

    @Test
    void tokenLikePhrasesAreMaskedEvenWhenUnknown() {
        assertEquals("Authorization: Token ***", Secrets.redact("Authorization: Token unknown-secret-1"));
        assertEquals("authorization=Bearer ***, next", Secrets.redact("authorization=Bearer abc.def, next"));
        assertEquals("GET /users?auth_token=***&limit=1", Secrets.redact("GET /users?auth_token=s3cr3t&limit=1"));
        assertEquals("{\"auth_token\": \"***\"}", Secrets.redact("{\"auth_token\": \"s3cr3t\"}"));
    }

    @Test
    void shortOrBlankValuesAreNotSecrets() {
        Secrets.register("ab");
        Secrets.register("   ");
        Secrets.register(null);
        assertEquals("ab cd", Secrets.redact("ab cd"));
        assertEquals(null, Secrets.redact(null));
    }

    @Test
    void theLogFileNeverHoldsATokenFromMessagesArgumentsOrExceptions() throws IOException {
        Secrets.register(TOKEN);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfigurator.configure(context, logDir);
        Logger log = context.getLogger("redaction-test");

        log.info("in the message " + TOKEN);
        log.info("as an argument {} and {}", TOKEN, "Authorization: Token another-unknown-one");
        log.warn("in an exception", new IllegalStateException("failed with " + TOKEN));
        log.warn(
                "in a cause",
                new RuntimeException("outer", new IllegalArgumentException("url ?auth_token=" + TOKEN + "&x=1")));
        log.error("a plain line");
        context.stop();

        String written = Files.readString(logDir.resolve(LogConfigurator.FILE_NAME), StandardCharsets.UTF_8);
        assertFalse(written.contains(TOKEN), written);
        assertFalse(written.contains("another-unknown-one"), written);
        assertTrue(written.contains("in the message ***"), written);
        assertTrue(written.contains("failed with ***"), written);
        assertTrue(written.contains("IllegalArgumentException: url ?auth_token=***&x=1"), written);
        assertTrue(written.contains("a plain line"), written);
    }

    @Test
    void theLogDirectoryFollowsTheOperatingSystem() {
        assertEquals(
                Path.of("/home/u/.local/state/lead-browser/logs"),
                LogDir.resolve(null, "Linux", "/home/u", name -> null));
        assertEquals(
                Path.of("/xdg/state/lead-browser/logs"),
                LogDir.resolve(null, "Linux", "/home/u", name -> name.equals("XDG_STATE_HOME") ? "/xdg/state" : null));
        assertEquals(
                Path.of("/home/u/Library/Logs/Lead Browser"),
                LogDir.resolve(null, "Mac OS X", "/home/u", name -> null));
        assertEquals(
                Path.of("/local/Lead Browser/logs"),
                LogDir.resolve(null, "Windows 11", "/home/u", name -> name.equals("LOCALAPPDATA") ? "/local" : null));
        assertEquals(Path.of("/tmp/x").toAbsolutePath(), LogDir.resolve("/tmp/x", "Linux", "/home/u", name -> null));
    }
}
