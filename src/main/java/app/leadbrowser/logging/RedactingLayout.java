package app.leadbrowser.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A pattern layout whose every finished line, message, arguments and stack trace included, goes through {@link
 * Secrets#redact} before it is written.
 */
public final class RedactingLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return Secrets.redact(super.doLayout(event));
    }
}
