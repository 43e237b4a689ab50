package app.leadbrowser.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Hands a file to the operating system. Blocking: call off the FX thread. */
public interface FileOpener {

    /** Opens {@code file} in the program the system uses for its type. */
    void open(Path file) throws IOException;

    /** Shows the folder holding {@code file} in the system's file manager (with the file marked where it can). */
    void showInFolder(Path file) throws IOException;
}
