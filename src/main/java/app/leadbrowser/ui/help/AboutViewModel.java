package app.leadbrowser.ui.help;

import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The About box: the version, the libraries inside with their licences, and the folder of the log files, which
 * can be opened in the file manager or copied (to attach a log to a support request).
 */
public final class AboutViewModel {
    private final Supplier<String> version;
    private final Path logFolder;
    private final ClipboardService clipboard;
    private final LinkOpener opener;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param version the app's version, read when the box is first shown (not on the start path)
     * @param opener opens a file: URL in the system's file manager
     */
    public AboutViewModel(Supplier<String> version, Path logFolder, ClipboardService clipboard, LinkOpener opener) {
        this.version = version;
        this.logFolder = logFolder.toAbsolutePath();
        this.clipboard = clipboard;
        this.opener = opener;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Opens the log folder in the file manager; says so when there is no such folder yet. */
    public void openLogFolder() {
        if (!Files.isDirectory(logFolder)) {
            message.set(Texts.get("help.about.noLogFolder"));
            return;
        }
        opener.openLocal(logFolder);
        message.set("");
    }

    /** Copies the log folder's path. */
    public void copyLogFolderPath() {
        clipboard.putText(logFolder.toString());
        message.set(Texts.get("help.about.pathCopied"));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** "Version 1.0.0". */
    public String versionText() {
        return Texts.get("help.about.version", version.get());
    }

    public String logFolderText() {
        return logFolder.toString();
    }

    public List<Library> libraries() {
        return Library.BUNDLED;
    }

    /** What the last command did ("Path copied") or why it could not; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
