package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirTest {
    private static final String HOME = "/home/ann";

    @Test
    void theOverrideWins() {
        assertEquals(Path.of("/tmp/x"), ConfigDir.resolve("/tmp/x", "Linux", HOME, Map.<String, String>of()::get));
    }

    @Test
    void theOverridePropertyIsReadByResolve() {
        // surefire runs this in its own JVM; restore the property for the tests after this one
        String before = System.getProperty(ConfigDir.OVERRIDE_PROPERTY);
        try {
            System.setProperty(ConfigDir.OVERRIDE_PROPERTY, "/tmp/lead-browser-test");
            assertEquals(Path.of("/tmp/lead-browser-test"), ConfigDir.resolve());
        } finally {
            if (before == null) {
                System.clearProperty(ConfigDir.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(ConfigDir.OVERRIDE_PROPERTY, before);
            }
        }
    }

    @Test
    void linuxUsesXdgConfigHome() {
        assertEquals(
                Path.of("/xdg/lead-browser"),
                ConfigDir.resolve(null, "Linux", HOME, Map.of("XDG_CONFIG_HOME", "/xdg")::get));
    }

    @Test
    void linuxWithoutXdgUsesDotConfig() {
        assertEquals(
                Path.of(HOME, ".config", "lead-browser"),
                ConfigDir.resolve(null, "Linux", HOME, Map.<String, String>of()::get));
        assertEquals(
                Path.of(HOME, ".config", "lead-browser"),
                ConfigDir.resolve(null, "Linux", HOME, Map.of("XDG_CONFIG_HOME", "relative")::get));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(
                Path.of(HOME, "Library", "Application Support", "Lead Browser"),
                ConfigDir.resolve("", "Mac OS X", HOME, Map.<String, String>of()::get));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(
                Path.of("/appdata", "Lead Browser"),
                ConfigDir.resolve(null, "Windows 11", HOME, Map.of("APPDATA", "/appdata")::get));
    }
}
