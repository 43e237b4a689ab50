package app.leadbrowser.ui.looks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a small command and hands back what it printed; tests give canned answers instead. */
@FunctionalInterface
public interface CommandRunner {

    /** What a command printed (standard output and error together) and its exit code. */
    record Result(int exitCode, String output) {}

    /**
     * Runs {@code command}; empty when it cannot be started or does not end within {@code timeout} (it is killed
     * then). Blocks: call it off the FX thread.
     */
    Optional<Result> run(List<String> command, Duration timeout);

    /** The real one: a child process. */
    static CommandRunner processes() {
        return (command, timeout) -> {
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                // the answers read here are one short line: it fits the pipe, so waiting first cannot block
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return Optional.of(new Result(process.exitValue(), output));
            } catch (IOException e) {
                return Optional.empty(); // no such command on this system
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
