package app.leadbrowser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's version, from the pom (written into a resource at build time). */
public final class AppVersion {
    private AppVersion() {}

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
