package app.leadbrowser.ui.filter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The API sample files of dashly-api.md: {@code samples/} on the test class path when the project carries
 * them, else the shared folder beside the project ({@code ../shared/samples}).
 */
final class Samples {
    private Samples() {}

    static List<Path> filterFiles() {
        try (Stream<Path> files = Files.list(dir("filters"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir(String name) {
        URL onClassPath = Samples.class.getResource("/samples/" + name);
        if (onClassPath != null) {
            try {
                return Path.of(onClassPath.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path beside = Path.of("..", "shared", "samples", name);
        if (Files.isDirectory(beside)) {
            return beside;
        }
        throw new IllegalStateException("no samples/" + name + " on the test class path nor in ../shared/samples");
    }
}
