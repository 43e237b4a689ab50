package app.leadbrowser.cli;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sandbox}: the embedded Dashly-compatible server on its own, until SIGTERM or SIGINT (Ctrl+C). */
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        description = "Run the demo Dashly sandbox on 127.0.0.1 until stopped (Ctrl+C).")
final class SandboxCommand implements Callable<Integer> {
    private final RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port to listen on; 0 picks a free one.")
    int port;

    @Option(
            names = "--leads",
            defaultValue = "12000",
            description = "Leads in the demo workspace. Default: ${DEFAULT-VALUE}.")
    int leads;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the generated data. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Delay added to every answer, in ms.")
    long latencyMs;

    @Option(names = "--fault-rate", defaultValue = "0", description = "Share of requests (0..1) that get a fault.")
    double faultRate;

    SandboxCommand(RootCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (leads < 0) {
            throw new ParameterException(spec.commandLine(), "--leads must not be negative");
        }
        if (latencyMs < 0) {
            throw new ParameterException(spec.commandLine(), "--latency-ms must not be negative");
        }
        if (faultRate < 0 || faultRate > 1) {
            throw new ParameterException(spec.commandLine(), "--fault-rate must be between 0 and 1");
        }
        SandboxOptions options = SandboxOptions.defaults()
                .withPort(port)
                .withLeads(leads)
                .withSeed(seed)
                .withLatency(Duration.ofMillis(latencyMs), Duration.ZERO)
                .withFaultRate(faultRate);
        SandboxServer server = SandboxServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "sandbox-stop"));
        root.out.printf(
                "Sandbox listening on %s (app %s, token %s)%n", server.baseUrl(), server.appId(), server.token());
        root.out.flush();
        stopped.await();
        return 0;
    }
}
