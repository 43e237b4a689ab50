package app.leadbrowser.ui.looks;

import app.leadbrowser.settings.JsonFileStore;
import app.leadbrowser.settings.Preferences;
import app.leadbrowser.ui.common.TaskRunner;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The window's looks: the theme the user chose (follow the system, light or dark), the system's own theme as last
 * read (light when it cannot be read), the theme that follows from both, and the tables' density. Choices are kept in
 * the preferences file once {@link #attach attached} to it.
 */
public final class LooksViewModel {
    private final TaskRunner runner;
    private final Callable<Optional<Theme>> systemReader;

    private final ReadOnlyObjectWrapper<ThemeChoice> choice =
            new ReadOnlyObjectWrapper<>(this, "themeChoice", ThemeChoice.SYSTEM);
    private final ReadOnlyObjectWrapper<Theme> systemTheme =
            new ReadOnlyObjectWrapper<>(this, "systemTheme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<Density> density =
            new ReadOnlyObjectWrapper<>(this, "density", Density.COMFORTABLE);
    private final ObjectBinding<Theme> theme;

    private JsonFileStore<Preferences> store;
    private boolean reading;

    /** @param systemReader reads the system's theme (blocking; run in the background) */
    public LooksViewModel(TaskRunner runner, Callable<Optional<Theme>> systemReader) {
        this.runner = runner;
        this.systemReader = systemReader;
        this.theme = Bindings.createObjectBinding(() -> choice.get().resolve(systemTheme.get()), choice, systemTheme);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Uses {@code value} from now on (and keeps it); choosing to follow the system reads its theme again. */
    public void chooseTheme(ThemeChoice value) {
        choice.set(value);
        save(preferences -> preferences.withTheme(value.wireName()));
        if (value == ThemeChoice.SYSTEM) {
            readSystemTheme();
        }
    }

    /** Packs the tables' rows as {@code value} says from now on (and keeps it). */
    public void chooseDensity(Density value) {
        density.set(value);
        save(preferences -> preferences.withDensity(value.wireName()));
    }

    /** Reads the system's theme in the background (e.g. at start, or when the window gets the focus back). */
    public void readSystemTheme() {
        if (reading) {
            return;
        }
        reading = true;
        runner.run(
                systemReader,
                read -> {
                    reading = false;
                    systemTheme.set(read.orElse(Theme.LIGHT));
                },
                failure -> reading = false);
    }

    /** Takes the kept theme and density from {@code preferences}, and keeps later choices there. */
    public void attach(JsonFileStore<Preferences> preferences) {
        store = preferences;
        Preferences kept = preferences.current();
        choice.set(ThemeChoice.fromWireName(kept.theme()));
        density.set(Density.fromWireName(kept.density()));
    }

    private void save(java.util.function.UnaryOperator<Preferences> change) {
        if (store != null) {
            store.update(change);
        }
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** What the user chose in View → Theme. */
    public ReadOnlyObjectProperty<ThemeChoice> themeChoiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** The system's theme as last read; light until read or when the system does not say. */
    public ReadOnlyObjectProperty<Theme> systemThemeProperty() {
        return systemTheme.getReadOnlyProperty();
    }

    /** The theme to show: the choice, or the system's when following it. */
    public ObservableValue<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public ReadOnlyObjectProperty<Density> densityProperty() {
        return density.getReadOnlyProperty();
    }
}
