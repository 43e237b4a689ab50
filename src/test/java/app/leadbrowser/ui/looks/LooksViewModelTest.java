package app.leadbrowser.ui.looks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.settings.Preferences;
import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.ui.common.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme follows the choice and the system, and choices are kept in preferences.json. */
class LooksViewModelTest {
    @TempDir
    Path configDir;

    final AtomicReference<Optional<Theme>> system = new AtomicReference<>(Optional.empty());

    final SyncTaskRunner runner = new SyncTaskRunner();

    LooksViewModel looks() {
        return new LooksViewModel(runner, system::get);
    }

    @Test
    void followsTheSystemByDefaultAndIsLightWhenItCannotBeRead() {
        LooksViewModel looks = looks();
        looks.readSystemTheme();
        runner.deliverAll();
        assertEquals(ThemeChoice.SYSTEM, looks.themeChoiceProperty().get());
        assertEquals(Theme.LIGHT, looks.getTheme());

        system.set(Optional.of(Theme.DARK));
        looks.readSystemTheme();
        runner.deliverAll();
        assertEquals(Theme.DARK, looks.getTheme());
    }

    @Test
    void aChoiceWinsOverTheSystem() {
        system.set(Optional.of(Theme.DARK));
        LooksViewModel looks = looks();
        looks.readSystemTheme();
        runner.deliverAll();
        looks.chooseTheme(ThemeChoice.LIGHT);
        assertEquals(Theme.LIGHT, looks.getTheme());
        looks.chooseTheme(ThemeChoice.SYSTEM);
        assertEquals(Theme.DARK, looks.getTheme());
    }

    @Test
    void choicesAreKeptAcrossRestarts() throws Exception {
        PreferencesStore store = new PreferencesStore(configDir, Duration.ofMillis(10));
        store.load();
        LooksViewModel looks = looks();
        looks.attach(store);
        looks.chooseTheme(ThemeChoice.DARK);
        looks.chooseDensity(Density.COMPACT);
        store.close();
        String json = Files.readString(configDir.resolve(PreferencesStore.FILE_NAME));
        assertEquals(Preferences.defaults().withTheme("dark").withDensity("compact"), readBack());

        LooksViewModel next = looks();
        PreferencesStore reopened = new PreferencesStore(configDir);
        reopened.load();
        next.attach(reopened);
        assertEquals(ThemeChoice.DARK, next.themeChoiceProperty().get(), json);
        assertEquals(Density.COMPACT, next.densityProperty().get());
        assertEquals(Theme.DARK, next.getTheme());
    }

    @Test
    void unknownWordsInTheFileFallBackToTheDefaults() throws Exception {
        Files.writeString(
                configDir.resolve(PreferencesStore.FILE_NAME),
                "{\"theme\": \"sepia\", \"density\": \"tiny\", \"language\": \"ru\"}");
        PreferencesStore store = new PreferencesStore(configDir);
        store.load();
        assertEquals(Optional.empty(), store.brokenFile(), "the file is still good");
        LooksViewModel looks = looks();
        looks.attach(store);
        assertEquals(ThemeChoice.SYSTEM, looks.themeChoiceProperty().get());
        assertEquals(Density.COMFORTABLE, looks.densityProperty().get());
    }

    private Preferences readBack() {
        PreferencesStore store = new PreferencesStore(configDir);
        return store.load();
    }
}
