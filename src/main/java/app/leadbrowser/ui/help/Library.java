package app.leadbrowser.ui.help;

import java.util.List;

/**
 * A library shipped inside Lead Browser, with its licence, as the About box lists it; {@code groups} are its Maven
 * group ids (a test checks that every dependency of the pom is listed).
 */
public record Library(String name, String licence, String url, List<String> groups) {

    /** The libraries in the app, the ones it depends on directly first. */
    public static final List<Library> BUNDLED = List.of(
            new Library("OpenJFX (JavaFX)", "GPL 2.0 with Classpath Exception", "https://openjfx.io", "org.openjfx"),
            new Library("AtlantaFX", "MIT", "https://github.com/mkpaz/atlantafx", "io.github.mkpaz"),
            new Library("Material Design Icons", "Apache 2.0", "https://github.com/google/material-design-icons"),
            new Library("ControlsFX", "BSD 3-Clause", "https://controlsfx.github.io", "org.controlsfx"),
            new Library("Jackson", "Apache 2.0", "https://github.com/FasterXML/jackson", "com.fasterxml.jackson.core"),
            new Library(
                    "OkHttp, Okio",
                    "Apache 2.0",
                    "https://square.github.io/okhttp",
                    "com.squareup.okhttp3",
                    "com.squareup.okio"),
            new Library("Kotlin standard library", "Apache 2.0", "https://kotlinlang.org", "org.jetbrains.kotlin"),
            new Library("picocli", "Apache 2.0", "https://picocli.info", "info.picocli"),
            new Library("FastExcel", "Apache 2.0", "https://github.com/dhatim/fastexcel", "org.dhatim"),
            new Library(
                    "Apache Commons CSV, IO, Codec",
                    "Apache 2.0",
                    "https://commons.apache.org",
                    "org.apache.commons",
                    "commons-io",
                    "commons-codec"),
            new Library(
                    "java-keyring",
                    "BSD 3-Clause",
                    "https://github.com/javakeyring/java-keyring",
                    "com.github.javakeyring"),
            new Library("secret-service", "MIT", "https://github.com/swiesend/secret-service", "de.swiesend"),
            new Library("dbus-java", "MIT", "https://github.com/hypfvieh/dbus-java", "com.github.hypfvieh"),
            new Library(
                    "JNA", "Apache 2.0 or LGPL 2.1", "https://github.com/java-native-access/jna", "net.java.dev.jna"),
            new Library(
                    "jkeychain", "BSD 2-Clause", "https://github.com/davidafsilva/jkeychain", "pt.davidafsilva.apple"),
            new Library("HKDF", "Apache 2.0", "https://github.com/patrickfav/hkdf", "at.favre.lib"),
            new Library(
                    "JetBrains Java Annotations",
                    "Apache 2.0",
                    "https://github.com/JetBrains/java-annotations",
                    "org.jetbrains"),
            new Library("Logback", "EPL 1.0 or LGPL 2.1", "https://logback.qos.ch", "ch.qos.logback"),
            new Library("SLF4J", "MIT", "https://www.slf4j.org", "org.slf4j"));

    public Library(String name, String licence, String url, String... groups) {
        this(name, licence, url, List.of(groups));
    }

    public Library {
        groups = List.copyOf(groups);
    }
}
