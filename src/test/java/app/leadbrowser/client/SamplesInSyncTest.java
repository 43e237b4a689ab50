package app.leadbrowser.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SamplesInSyncTest {

    /** The shared folder beside the clone, where the team keeps the API facts (absent outside the team). */
    private static final Path SHARED = Path.of("..", "shared", "samples");

    @Test
    void testResourcesHoldExactlyTheSharedSamples() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "no ../shared/samples beside this clone");
        assertEquals(contents(SHARED), contents(Samples.dir()));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
