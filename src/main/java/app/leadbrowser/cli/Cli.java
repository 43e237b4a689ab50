package app.leadbrowser.cli;

import java.util.Set;

/** The command line: {@code sandbox}, {@code export}, {@code --version}, {@code --help}. */
public final class Cli {
    private static final Set<String> ENTRY_WORDS =
            Set.of("sandbox", "export", "help", "--help", "-h", "--version", "-V", "--debug");

    private Cli() {}

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && ENTRY_WORDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return 0;
    }
}
