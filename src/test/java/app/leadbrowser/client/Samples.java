package app.leadbrowser.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample responses and filters of the API docs. They are kept in test resources (a clean clone builds alone);
 * {@code SamplesInSyncTest} fails when they drift from the team's copy in {@code ../shared/samples}.
 */
public final class Samples {
    private Samples() {}

    public static Path dir() {
        try {
            return Path.of(Samples.class.getResource("/dashly-samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> filterFiles() {
        try (Stream<Path> files = Files.list(dir().resolve("filters"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
