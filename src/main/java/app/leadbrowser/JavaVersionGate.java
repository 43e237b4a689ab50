package app.leadbrowser;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The Main-Class of {@code lead-browser.jar}: on Java 25 or newer it starts {@link Launcher}; on an older Java it
 * prints one line that says what is needed, what was found and how to run the jar, and exits with 2.
 *
 * <p>Why: the app is compiled for Java 25 (class file 69), so on the Java 17 that is many machines' default
 * {@code java}, {@code java -jar} would die with an {@code UnsupportedClassVersionError} stack trace. This class alone
 * is compiled for Java 8 (a second compiler execution in {@code pom.xml}), so it loads on every Java that can still be
 * met, and it names the app's entry point only as a string: nothing of the app is loaded before the check. The app
 * image, the installers and {@code mvn javafx:run} bring their own Java 25 and start {@link Launcher} directly.
 */
public final class JavaVersionGate {
    static final int NEEDED_FEATURE = 25;
    static final String APP_MAIN_CLASS = "app.leadbrowser.Launcher";
    static final int EXIT_OLD_JAVA = 2;

    private JavaVersionGate() {}

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(
                System.getProperty("java.specification.version"),
                System.getProperty("java.version"),
                Paths.get(System.getProperty("java.home")),
                thisJar());
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(EXIT_OLD_JAVA);
        }
        // invokeExact passes the app's own exceptions through unwrapped, as a direct call would
        MethodHandles.publicLookup()
                .findStatic(Class.forName(APP_MAIN_CLASS), "main", MethodType.methodType(void.class, String[].class))
                .invokeExact(args);
    }

    /** {@code null} when this Java runs the app; otherwise the one line to print. */
    static String refusal(String specificationVersion, String version, Path javaHome, String jar) {
        if (feature(specificationVersion) >= NEEDED_FEATURE) {
            return null;
        }
        String found = "Lead Browser needs Java " + NEEDED_FEATURE + " or newer, and this is Java " + version + " ("
                + javaHome + ").";
        Path newer = newerJavaBeside(javaHome);
        if (newer != null) {
            return found + " Run it with the Java " + NEEDED_FEATURE + " installed beside it: "
                    + quoted(newer.resolve("bin").resolve("java").toString()) + " -jar " + quoted(jar);
        }
        return found + " Install a JDK " + NEEDED_FEATURE + " (e.g. Temurin " + NEEDED_FEATURE
                + " from https://adoptium.net) and run it with that: <JDK " + NEEDED_FEATURE + ">/bin/java -jar "
                + quoted(jar);
    }

    /** The feature release of a Java version text: "1.8.0_451" and "1.8" give 8, "17.0.15" and "17" give 17. */
    static int feature(String version) {
        String text = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    /**
     * The newest Java of the needed version in the folder this one is installed in ({@code /usr/lib/jvm},
     * {@code C:\Program Files\Eclipse Adoptium}, {@code /Library/Java/JavaVirtualMachines}, an SDKMAN candidates
     * folder), or {@code null}.
     */
    static Path newerJavaBeside(Path javaHome) {
        Path home = javaHome.toAbsolutePath();
        if (home.endsWith(Paths.get("Contents", "Home"))) {
            home = home.getParent().getParent(); // macOS: <folder>/<name>.jdk/Contents/Home
        } else if (home.endsWith("jre") && home.getParent() != null) {
            home = home.getParent(); // Java 8: <folder>/<jdk>/jre
        }
        Path folder = home.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        Path best = null;
        int bestFeature = 0;
        try (DirectoryStream<Path> installed = Files.newDirectoryStream(folder)) {
            for (Path candidate : installed) {
                Path candidateHome =
                        Files.isDirectory(candidate.resolve("Contents").resolve("Home"))
                                ? candidate.resolve("Contents").resolve("Home")
                                : candidate;
                int candidateFeature = releaseFeature(candidateHome);
                // the newest; of equals, the first by name (the folder lists them in no set order)
                boolean better = best == null
                        || candidateFeature > bestFeature
                        || (candidateFeature == bestFeature && candidateHome.compareTo(best) < 0);
                if (candidateFeature >= NEEDED_FEATURE && hasJava(candidateHome) && better) {
                    best = candidateHome;
                    bestFeature = candidateFeature;
                }
            }
        } catch (IOException | SecurityException e) {
            return null; // the line then says to install one
        }
        return best;
    }

    /** The feature release a Java's {@code release} file names ({@code JAVA_VERSION="25.0.1"}), or 0. */
    private static int releaseFeature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable or not text: not a Java to suggest
        }
        return 0;
    }

    private static boolean hasJava(Path home) {
        Path bin = home.resolve("bin");
        return Files.isRegularFile(bin.resolve("java")) || Files.isRegularFile(bin.resolve("java.exe"));
    }

    /** This jar's path, relative to the working folder when inside it (as the user most likely typed it). */
    private static String thisJar() {
        try {
            Path jar = Paths.get(JavaVersionGate.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path here = Paths.get("").toAbsolutePath();
            return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
        } catch (Exception e) {
            return "lead-browser.jar";
        }
    }

    private static String quoted(String path) {
        return path.indexOf(' ') < 0 ? path : '"' + path + '"';
    }
}
