package app.leadbrowser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check {@code java -jar} makes before the app: the real run on Java 17 is in packaging/check-dist.sh. */
class JavaVersionGateTest {
    private static final String JAR = "target/lead-browser.jar";

    @TempDir
    Path jvmFolder;

    @Test
    void java25AndNewerRunTheApp() {
        assertNull(JavaVersionGate.refusal("25", "25.0.3", jvmFolder.resolve("jdk-25"), JAR));
        assertNull(JavaVersionGate.refusal("26", "26-ea", jvmFolder.resolve("jdk-26"), JAR));
    }

    @Test
    void olderJavaGetsOneLineNamingTheJava25BesideIt() throws IOException {
        Path java17 = java(jvmFolder.resolve("java-17-openjdk-amd64"), "17.0.15");
        Path java25 = java(jvmFolder.resolve("temurin-25-jdk-amd64"), "25.0.3");

        String line = JavaVersionGate.refusal("17", "17.0.15", java17, JAR);

        assertEquals(
                "Lead Browser needs Java 25 or newer, and this is Java 17.0.15 (" + java17 + ")."
                        + " Run it with the Java 25 installed beside it: "
                        + java25.resolve("bin").resolve("java")
                        + " -jar target/lead-browser.jar",
                line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void withoutJava25BesideItSaysWhatToInstall() throws IOException {
        Path java17 = java(jvmFolder.resolve("java-17-openjdk-amd64"), "17.0.15");
        java(jvmFolder.resolve("java-21-openjdk-amd64"), "21.0.9");
        Files.createDirectories(jvmFolder.resolve("temurin-25-without-bin"));
        Files.writeString(jvmFolder.resolve("temurin-25-without-bin").resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");

        assertEquals(
                "Lead Browser needs Java 25 or newer, and this is Java 17.0.15 (" + java17 + ")."
                        + " Install a JDK 25 (e.g. Temurin 25 from https://adoptium.net) and run it with that:"
                        + " <JDK 25>/bin/java -jar target/lead-browser.jar",
                JavaVersionGate.refusal("17", "17.0.15", java17, JAR));
    }

    @Test
    void theNewestJavaBesideIsSuggested() throws IOException {
        Path java17 = java(jvmFolder.resolve("java-17-openjdk-amd64"), "17.0.15");
        java(jvmFolder.resolve("temurin-25-jdk-amd64"), "25.0.3");
        Path java26 = java(jvmFolder.resolve("jdk-26"), "26");

        assertEquals(java26, JavaVersionGate.newerJavaBeside(java17));
    }

    @Test
    void java8JreAndMacOsLayoutsFindTheFolderOfJdks() throws IOException {
        Path jre8 = java(jvmFolder.resolve("java-8-openjdk-amd64").resolve("jre"), "1.8.0_451");
        Path java25 = java(jvmFolder.resolve("jdk-25.jdk").resolve("Contents").resolve("Home"), "25.0.3");
        Path mac17 = java(jvmFolder.resolve("jdk-17.jdk").resolve("Contents").resolve("Home"), "17.0.15");

        assertEquals(java25, JavaVersionGate.newerJavaBeside(jre8));
        assertEquals(java25, JavaVersionGate.newerJavaBeside(mac17));
        assertTrue(JavaVersionGate.refusal("1.8", "1.8.0_451", jre8, JAR).contains("this is Java 1.8.0_451"));
    }

    @Test
    void aPathWithSpacesIsQuoted() throws IOException {
        Path java17 = java(jvmFolder.resolve("jdk 17"), "17.0.15");
        Path java25 = java(jvmFolder.resolve("jdk 25"), "25.0.3");

        assertTrue(JavaVersionGate.refusal("17", "17.0.15", java17, "my apps/lead-browser.jar")
                .endsWith(": \"" + java25.resolve("bin").resolve("java") + "\" -jar \"my apps/lead-browser.jar\""));
    }

    @Test
    void featureReleaseOfVersionTexts() {
        assertEquals(8, JavaVersionGate.feature("1.8"));
        assertEquals(8, JavaVersionGate.feature("1.8.0_451"));
        assertEquals(17, JavaVersionGate.feature("17"));
        assertEquals(17, JavaVersionGate.feature("17.0.15"));
        assertEquals(25, JavaVersionGate.feature("25-ea"));
        assertEquals(0, JavaVersionGate.feature("unknown"));
    }

    /** The pom compiles the gate alone for Java 8: built with the app (class file 69), it could not check anything. */
    @Test
    void theGateLoadsOnJava8AndNewer() throws IOException {
        try (InputStream in = JavaVersionGate.class.getResourceAsStream("JavaVersionGate.class");
                DataInputStream data = new DataInputStream(in)) {
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort(); // minor version
            assertEquals(52, data.readUnsignedShort(), "class file major version (52 = Java 8)");
        }
    }

    /** The gate names the app's entry point as a string: it must be there, public and static. */
    @Test
    void theAppMainClassItStartsExists() throws ReflectiveOperationException {
        Method main = Class.forName(JavaVersionGate.APP_MAIN_CLASS).getMethod("main", String[].class);

        assertTrue(Modifier.isStatic(main.getModifiers()));
        assertEquals(void.class, main.getReturnType());
    }

    private static Path java(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createFile(home.resolve("bin").resolve("java"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
