package app.leadbrowser.ui.common;

import app.leadbrowser.client.error.ServerText;
import app.leadbrowser.os.SystemBrowser;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one link opener: hands a link to the system (JavaFX's host services) only when it is an http or https URL with
 * a host, checked on the exact string handed over (no stripping between the check and the opening), so a lead's
 * {@code map_url} or any other server text cannot open {@code file:}, {@code javascript:} or a program's scheme.
 */
public final class BrowserLinkOpener implements LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserLinkOpener.class);

    private final Consumer<String> system;
    private final BooleanSupplier browserAvailable;

    /**
     * @param system opens what it is given, unchecked (e.g. {@code HostServices::showDocument})
     * @param browserAvailable whether the system has a program to open links (e.g. {@link SystemBrowser#available})
     */
    public BrowserLinkOpener(Consumer<String> system, BooleanSupplier browserAvailable) {
        this.system = system;
        this.browserAvailable = browserAvailable;
    }

    /**
     * {@inheritDoc}
     *
     * @throws NoBrowserException when the system has no program to open a web link with
     */
    @Override
    public void open(String url) {
        if (isWebLink(url)) {
            if (!browserAvailable.getAsBoolean()) {
                throw new NoBrowserException();
            }
            system.accept(url);
        } else {
            LOG.warn("Refused to open a link that is not http or https: {}", ServerText.clean(url));
        }
    }

    @Override
    public void openLocal(Path path) {
        system.accept(path.toAbsolutePath().toUri().toString());
    }

    /** Whether {@code url}, exactly as given, is an absolute http or https URL with a host and no user name. */
    public static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** No program on this computer opens web links; the message is left to the caller's words. */
    public static final class NoBrowserException extends RuntimeException {
        NoBrowserException() {
            super(null, null, false, false);
        }
    }
}
