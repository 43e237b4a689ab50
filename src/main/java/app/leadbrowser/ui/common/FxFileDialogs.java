package app.leadbrowser.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The production {@link FileDialogs}: JavaFX's {@link FileChooser}, the OS's own dialog. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> chooseSave(Window owner, String title, Path suggested, String extension) {
        FileChooser chooser = chooser(title, suggested.getParent(), extension);
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, String title, Path folder, String extension) {
        return Optional.ofNullable(chooser(title, folder, extension).showOpenDialog(owner))
                .map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        return chooser;
    }
}
