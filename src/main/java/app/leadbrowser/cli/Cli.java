package app.leadbrowser.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line: {@code sandbox}, {@code export}, {@code --version}, {@code --help}. Exit codes: 0 done, 1 the
 * API or the file system failed (one line says why), 2 bad arguments (with the usage). No stack trace unless
 * {@code --debug}.
 */
public final class Cli {
    private Cli() {}

    /** Any argument means the command line; none opens the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv());
    }

    /** Runs with the given output streams and environment (tests pass their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        RootCommand root = new RootCommand(out, err);
        CommandLine line = new CommandLine(root)
                .addSubcommand(new SandboxCommand(root))
                .addSubcommand(new ExportCommand(root, env))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExpandAtFiles(false) // --filters @file is ours to read
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    FailureText.print(err, "Error: ", e, root.debug);
                    return 1;
                });
        return line.execute(args);
    }
}
