package app.leadbrowser.ui.common;

import java.nio.file.Path;

/**
 * Opens a link in the system browser. The app's implementation is {@link BrowserLinkOpener}, which opens web
 * links (http, https) only.
 */
@FunctionalInterface
public interface LinkOpener {
    /** Opens {@code url} when it is a web link; anything else is refused. */
    void open(String url);

    /** Opens a file or folder of this computer (one the app made or chose, never a link from a server). */
    default void openLocal(Path path) {
        open(path.toAbsolutePath().toUri().toString());
    }
}
