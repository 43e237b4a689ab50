package app.leadbrowser.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The system's file choosers behind an interface, so that window tests (where no native dialog can open) answer
 * them with a path of their own.
 */
public interface FileDialogs {

    /**
     * Asks where to save a file.
     *
     * @param suggested the folder and file name to start from
     * @param extension the file type offered, e.g. {@code "json"}
     * @return the chosen file; empty when the user cancels
     */
    Optional<Path> chooseSave(Window owner, String title, Path suggested, String extension);

    /** Asks for a file to open, of {@code extension}'s type; empty when the user cancels. */
    Optional<Path> chooseOpen(Window owner, String title, Path folder, String extension);
}
