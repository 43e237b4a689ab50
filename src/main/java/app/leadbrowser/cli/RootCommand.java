package app.leadbrowser.cli;

import app.leadbrowser.AppVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code lead-browser}: with no command the desktop app opens; these are the commands. */
@Command(
        name = "lead-browser",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Find and read the leads of a Dashly workspace. Without a command, opens the window.",
        footer = "%nThe token for 'export' is read from the environment variable DASHLY_TOKEN.")
final class RootCommand implements Callable<Integer> {
    final PrintWriter out;
    final PrintWriter err;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    @Spec
    CommandSpec spec;

    RootCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return 2;
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Lead Browser " + AppVersion.get()};
        }
    }
}
