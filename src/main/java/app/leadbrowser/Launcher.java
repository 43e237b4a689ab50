package app.leadbrowser;

import app.leadbrowser.cli.Cli;
import app.leadbrowser.logging.AotCacheReport;
import app.leadbrowser.logging.CrashHandler;
import app.leadbrowser.ui.shell.LeadBrowserApp;

/**
 * The app's entry point, started by the launchers of the app image and the installers, by {@code mvn javafx:run},
 * and for {@code java -jar} by {@link JavaVersionGate} once it found Java 25. Not an {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path. A command (sandbox, export, --version, --help) runs the
 * command line without touching JavaFX; no command opens the window.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        CrashHandler.install();
        if (Cli.isCommandLine(args)) {
            System.exit(Cli.run(args));
        }
        AotCacheReport.logInBackground();
        LeadBrowserApp.launchApp(args);
    }
}
