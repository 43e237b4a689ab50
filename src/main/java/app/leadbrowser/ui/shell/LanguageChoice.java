package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.LanguageSetting;
import app.leadbrowser.settings.LanguageStore;
import app.leadbrowser.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The window's language as the user chose it (follow the system, English or Russian), kept across restarts in
 * {@link LanguageStore}'s file, and the language that choice means on this computer. Not tied to JavaFX.
 */
public final class LanguageChoice implements AutoCloseable {
    /** What the Language menu offers. */
    public enum Option {
        SYSTEM(LanguageSetting.SYSTEM),
        ENGLISH("en"),
        RUSSIAN("ru");

        private final String tag;

        Option(String tag) {
            this.tag = tag;
        }

        /** The value kept in the file: "system", "en" or "ru". */
        public String tag() {
            return tag;
        }

        static Option of(String tag) {
            for (Option option : values()) {
                if (option.tag.equals(tag)) {
                    return option;
                }
            }
            return SYSTEM;
        }
    }

    private final LanguageStore store;
    private final Locale system;
    private Option chosen;

    private LanguageChoice(LanguageStore store, Locale system, Option chosen) {
        this.store = store;
        this.system = system;
        this.chosen = chosen;
    }

    /**
     * The choice kept in {@code configDir}; following {@code system} when none was made. With no file (the usual
     * case) nothing is parsed, so start-up does not wait for the JSON library.
     */
    public static LanguageChoice read(Path configDir, Locale system) {
        LanguageStore store = new LanguageStore(configDir);
        Option chosen = Files.exists(store.file()) ? Option.of(store.load().language()) : Option.SYSTEM;
        return new LanguageChoice(store, system, chosen);
    }

    /** A choice that is not kept anywhere (tests and tools). */
    public static LanguageChoice inMemory(Locale system, Option chosen) {
        return new LanguageChoice(null, system, chosen);
    }

    public Option chosen() {
        return chosen;
    }

    /** The language the choice means: the system's when the app has it (else English), or the one chosen. */
    public Locale locale() {
        return locale(chosen);
    }

    /**
     * Chooses {@code option} and keeps it (written in the background). Returns true when the window shows another
     * language than the one {@code option} means, so it must be rebuilt to show it.
     */
    public boolean choose(Option option) {
        chosen = option;
        if (store != null) {
            store.saveSoon(new LanguageSetting(option.tag()));
        }
        return !locale(option).equals(Texts.locale());
    }

    /** How the menu names an option: each language in itself, "System" with the language it means here. */
    public String label(Option option) {
        return switch (option) {
            case SYSTEM -> Texts.get("shell.language.system", label(option(locale(Option.SYSTEM))));
            case ENGLISH -> Texts.get("shell.language.english");
            case RUSSIAN -> Texts.get("shell.language.russian");
        };
    }

    /** Writes a choice not yet written. */
    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    private Locale locale(Option option) {
        return option == Option.SYSTEM ? Texts.supported(system) : Locale.forLanguageTag(option.tag());
    }

    private static Option option(Locale language) {
        return Option.of(language.getLanguage());
    }
}
