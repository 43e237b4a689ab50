package app.leadbrowser.cli;

import app.leadbrowser.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One run of the command line with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(Map.of(), args);
    }

    /** {@code export} from {@code sandbox}: its address and app id as options, its token in the environment. */
    static CliRun export(SandboxServer sandbox, String... options) {
        List<String> args =
                new ArrayList<>(List.of("export", "--base-url", sandbox.baseUrl(), "--app", sandbox.appId()));
        args.addAll(List.of(options));
        return of(Map.of("DASHLY_TOKEN", sandbox.token()), args.toArray(String[]::new));
    }
}
