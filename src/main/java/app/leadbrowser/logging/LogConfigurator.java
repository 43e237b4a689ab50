package app.leadbrowser.logging;

import app.leadbrowser.os.PrivateFiles;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.WarnStatus;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Lead Browser's logging set-up, found by Logback through {@code META-INF/services} when the first logger is used
 * (so it costs nothing until then, and no XML is parsed). Everything at INFO and above goes to {@value #FILE_NAME}
 * in the {@link LogDir}, rolled daily and at {@value #MAX_FILE_MB} MB, at most {@value #MAX_FILES} files; each line
 * goes through {@link RedactingLayout}. Nothing goes to the console: the command line's output stays its own. An
 * explicit Logback configuration ({@code logback.configurationFile}, or {@code logback.xml} or {@code
 * logback-test.xml} on the class path, as the tests have) is used instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    public static final String FILE_NAME = "lead-browser.log";
    static final int MAX_FILE_MB = 5;
    static final int MAX_FILES = 5;
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (explicitConfiguration()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, LogDir.resolve());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends the logs of {@code context} to {@code dir}, as the app does (tests call it with a temp dir). The folder
     * and the log file are made readable by their owner only: a log names leads and workspaces.
     */
    public static void configure(LoggerContext context, Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            context.getStatusManager()
                    .add(new WarnStatus("Could not create the log folder " + dir, LogConfigurator.class, e));
        }
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(slashed(dir.resolve(FILE_NAME)));
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(slashed(dir.resolve("lead-browser.%d{yyyy-MM-dd}.%i.log")));
        rolling.setMaxFileSize(new FileSize(MAX_FILE_MB * FileSize.MB_COEFFICIENT));
        rolling.setMaxHistory(MAX_FILES);
        rolling.setTotalSizeCap(new FileSize((long) MAX_FILES * MAX_FILE_MB * FileSize.MB_COEFFICIENT));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        keepPrivate(context, dir.resolve(FILE_NAME));

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        // the HTTP library's own chatter is not ours to keep
        context.getLogger("okhttp3").setLevel(Level.WARN);
    }

    private static void keepPrivate(LoggerContext context, Path logFile) {
        try {
            PrivateFiles.restrictToOwner(logFile);
        } catch (IOException e) {
            context.getStatusManager()
                    .add(new WarnStatus("Could not restrict " + logFile + " to its owner", LogConfigurator.class, e));
        }
    }

    /** Logback reads a backslash in a file name pattern as an escape; Windows takes forward slashes too. */
    private static String slashed(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }

    private static boolean explicitConfiguration() {
        ClassLoader loader = LogConfigurator.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null;
    }
}
