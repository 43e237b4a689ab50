package app.leadbrowser.settings;

import java.nio.file.Path;

/** Keeps the {@link LanguageSetting} as {@value #FILE_NAME} in the config directory. */
public final class LanguageStore extends JsonFileStore<LanguageSetting> {
    public static final String FILE_NAME = "language.json";

    /** A store for {@code configDir}/{@value #FILE_NAME}; nothing is read until {@link #load()}. */
    public LanguageStore(Path configDir) {
        super(configDir, FILE_NAME, LanguageSetting.class, LanguageSetting::defaults, "Your language", DEFAULT_DELAY);
    }
}
