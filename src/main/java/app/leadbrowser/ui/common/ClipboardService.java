package app.leadbrowser.ui.common;

/** Puts text on the system clipboard. ViewModels copy through this, so they stay free of JavaFX scene classes. */
@FunctionalInterface
public interface ClipboardService {
    void putText(String text);
}
