package app.leadbrowser.ui.export;

import app.leadbrowser.ui.common.LinkOpener;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens files through {@link Desktop} where the system supports it, since it reports when no program can open the
 * file; elsewhere (e.g. a Linux desktop AWT does not know) through the link opener, i.e. JavaFX's host services.
 */
public final class DesktopFileOpener implements FileOpener {
    private final LinkOpener fallback;

    /** @param fallback opens the file when {@link Desktop} cannot */
    public DesktopFileOpener(LinkOpener fallback) {
        this.fallback = fallback;
    }

    @Override
    public void open(Path file) throws IOException {
        if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
        } else {
            fallback.openLocal(file);
        }
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
        } else {
            open(file.toAbsolutePath().getParent());
        }
    }

    private static boolean supports(Desktop.Action action) {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }
}
