package app.leadbrowser.settings;

/**
 * The language the user chose for the window, kept across restarts in its own file ({@link LanguageStore}):
 * {@value #SYSTEM} to follow the operating system, else a language tag such as {@code en} or {@code ru}.
 */
public record LanguageSetting(String language) {
    public static final String SYSTEM = "system";

    public LanguageSetting {
        language = language == null || language.isBlank() ? SYSTEM : language;
    }

    public static LanguageSetting defaults() {
        return new LanguageSetting(SYSTEM);
    }
}
