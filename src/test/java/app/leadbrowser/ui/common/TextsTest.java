package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both languages are complete: every key in one bundle is in the other, and every key the code uses exists. */
class TextsTest {
    private static final Path BUNDLES = Path.of("src/main/resources", Texts.BUNDLE_FOLDER);
    private static final Pattern USED_KEY =
            Pattern.compile("Texts\\.(get|plural|has)\\(\\s*\"([a-z][\\w.-]*)\"\\s*[,)]");
    private static final Set<String> PLURAL_FORMS = Set.of("one", "few", "many", "other");

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndRussian() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path russian =
                    english.resolveSibling(english.getFileName().toString().replace(".properties", "_ru.properties"));
            assertTrue(Files.exists(russian), "no Russian twin of " + english.getFileName());
            Properties en = read(english);
            Properties ru = read(russian);
            for (String key : en.stringPropertyNames()) {
                String stem = pluralStem(key);
                if (stem == null
                        ? !ru.containsKey(key)
                        : !ru.containsKey(stem + ".one")
                                || !ru.containsKey(stem + ".few")
                                || !ru.containsKey(stem + ".many")) {
                    problems.add(key + " is missing in " + russian.getFileName());
                }
                if (stem != null && !en.containsKey(stem + ".other")) {
                    problems.add(stem + ".other is missing in " + english.getFileName());
                }
            }
            for (String key : ru.stringPropertyNames()) {
                String stem = pluralStem(key);
                if (stem == null ? !en.containsKey(key) : !en.containsKey(stem + ".other")) {
                    problems.add(key + " is missing in " + english.getFileName());
                }
            }
            String bundle = english.getFileName().toString().replace(".properties", "");
            Stream.concat(en.stringPropertyNames().stream(), ru.stringPropertyNames().stream())
                    .filter(key -> !key.startsWith(bundle + "."))
                    .forEach(key ->
                            problems.add(key + " is in bundle " + bundle + " but must start with " + bundle + "."));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyTheCodeUsesHasATextInBothLanguages() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher used = USED_KEY.matcher(Files.readString(source));
                while (used.find()) {
                    String key = used.group(2);
                    boolean plural = used.group(1).equals("plural");
                    for (Locale language : Texts.LANGUAGES) {
                        Texts.use(language);
                        if (key.endsWith(".")) { // the prefix of keys made in code: some key must start with it
                            if (!hasKeyStartingWith(key, language)) {
                                missing.add(key + "… (" + language + ", " + source.getFileName() + ")");
                            }
                        } else if (!Texts.has(plural ? key + ".other" : key) && !(plural && Texts.has(key + ".many"))) {
                            missing.add(key + " (" + language + ", " + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void russianCountsTakeTheirThreeForms() {
        Texts.use(Locale.forLanguageTag("ru"));
        assertEquals("1 лид", Texts.plural("common.leads", 1));
        assertEquals("3 лида", Texts.plural("common.leads", 3));
        assertEquals("11 лидов", Texts.plural("common.leads", 11));
        assertEquals("21 лид", Texts.plural("common.leads", 21));
        assertEquals("1 204 лида", Texts.plural("common.leads", 1204).replace('\u00a0', ' '));
    }

    @Test
    void englishCountsAndFallback() {
        Texts.use(Locale.GERMAN);
        assertEquals(Locale.ENGLISH, Texts.locale());
        assertEquals("1 lead", Texts.plural("common.leads", 1));
        assertEquals("12,000 leads", Texts.plural("common.leads", 12_000));
        assertEquals("!common.nope!", Texts.get("common.nope"));
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertEquals("12,000", Texts.number(12_000));
        assertEquals("1,234,567", Texts.number(1_234_567));
        assertEquals("7", Texts.number(7));
        Texts.use(Locale.forLanguageTag("ru"));
        assertEquals("12\u00a0000", Texts.number(12_000));
        assertEquals("1\u00a0234\u00a0567", Texts.number(1_234_567));
        assertEquals("7", Texts.number(7));
    }

    private static boolean hasKeyStartingWith(String prefix, Locale language) throws IOException {
        String bundle = prefix.substring(0, prefix.indexOf('.'));
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        Path file = BUNDLES.resolve(bundle + suffix + ".properties");
        return Files.exists(file) && read(file).stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    private static String pluralStem(String key) {
        int dot = key.lastIndexOf('.');
        return PLURAL_FORMS.contains(key.substring(dot + 1)) ? key.substring(0, dot) : null;
    }

    private static Properties read(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
