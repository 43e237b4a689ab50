package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.settings.LanguageStore;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.shell.LanguageChoice.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language follows the system until one is chosen; the choice is kept across restarts. */
class LanguageChoiceTest {
    private static final Locale RUSSIA = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path configDir;

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void withNothingChosenTheSystemLanguageIsUsedWhenTheAppHasIt() {
        assertEquals(Option.SYSTEM, LanguageChoice.read(configDir, RUSSIA).chosen());
        assertEquals(
                Locale.forLanguageTag("ru"),
                LanguageChoice.read(configDir, RUSSIA).locale());
        assertEquals(
                Locale.ENGLISH, LanguageChoice.read(configDir, Locale.GERMANY).locale());
        assertFalse(Files.exists(configDir.resolve(LanguageStore.FILE_NAME)), "nothing written without a choice");
    }

    @Test
    void aChoiceIsKeptAndWinsOverTheSystem() {
        try (LanguageChoice languages = LanguageChoice.read(configDir, Locale.US)) {
            assertTrue(languages.choose(Option.RUSSIAN), "the English window must be rebuilt to show Russian");
            assertEquals(Locale.forLanguageTag("ru"), languages.locale());
        }
        LanguageChoice again = LanguageChoice.read(configDir, Locale.US);
        assertEquals(Option.RUSSIAN, again.chosen());
        assertEquals(Locale.forLanguageTag("ru"), again.locale());

        assertFalse(again.choose(Option.SYSTEM), "the system's English is the language shown already");
        again.close();
        assertEquals(Option.SYSTEM, LanguageChoice.read(configDir, Locale.US).chosen());
    }

    @Test
    void theMenuNamesEachLanguageInItself() {
        LanguageChoice languages = LanguageChoice.inMemory(RUSSIA, Option.SYSTEM);
        assertEquals("System (Русский)", languages.label(Option.SYSTEM));
        assertEquals("English", languages.label(Option.ENGLISH));
        Texts.use(Locale.forLanguageTag("ru"));
        assertEquals("Как в системе (Русский)", languages.label(Option.SYSTEM));
        assertEquals("English", languages.label(Option.ENGLISH));
        assertEquals("Русский", languages.label(Option.RUSSIAN));
    }
}
