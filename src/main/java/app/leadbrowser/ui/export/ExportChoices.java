package app.leadbrowser.ui.export;

import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.settings.JsonFileStore;
import app.leadbrowser.settings.Preferences;
import java.util.function.UnaryOperator;

/**
 * The export window's choices kept from one export to the next: the format and whether raw property keys are
 * written. Held in memory until {@link #attach} hands it the preferences file, then kept there across restarts.
 * Use on the FX thread.
 */
public final class ExportChoices {
    private JsonFileStore<Preferences> store;
    private Preferences inMemory = Preferences.defaults();

    /** Keeps the choices in {@code preferences} (read already) from now on. */
    public void attach(JsonFileStore<Preferences> preferences) {
        store = preferences;
    }

    ExportFormat format() {
        String kept = current().exportFormat();
        for (ExportFormat format : ExportFormat.values()) {
            if (format.extension().equals(kept)) {
                return format;
            }
        }
        return ExportFormat.CSV;
    }

    boolean rawKeys() {
        return current().exportRawKeys();
    }

    void keepFormat(ExportFormat format) {
        keep(kept -> kept.withExportFormat(format.extension()));
    }

    void keepRawKeys(boolean rawKeys) {
        keep(kept -> kept.withExportRawKeys(rawKeys));
    }

    private Preferences current() {
        return store == null ? inMemory : store.current();
    }

    private void keep(UnaryOperator<Preferences> change) {
        if (store == null) {
            inMemory = change.apply(inMemory);
        } else {
            store.update(change);
        }
    }
}
