package app.leadbrowser.ui.common;

/** Opens a link in the system browser (the shell implements it with {@code HostServices}). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
