package app.leadbrowser.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 1 (and the bare window's RSS for figure 4): starts the bare window, the app jar and (when built) the app
 * image's launcher in turn, one warm-up round then {@code runs} rounds, and times exec → first rows painted.
 * Args: jar, bench classes dir, runs, [app image launcher].
 */
public final class StartBench {
    private static final Pattern REPORT =
            Pattern.compile("FIRST_ROWS_EPOCH_MS=(\\d+) JVM_START_EPOCH_MS=(\\d+) RSS_KB=(-?\\d+)");

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String benchClasses = args[1];
        int runs = Integer.parseInt(args[2]);
        Path scratch = Files.createTempDirectory("lead-browser-bench");
        String flags = "-Dleadbrowser.exitOnFirstRows=true -Dleadbrowser.configDir=" + scratch.resolve("config")
                + " -Dleadbrowser.logDir=" + scratch.resolve("logs");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare window (`java -cp`)", List.of("java", "-cp", jar + ":" + benchClasses, BareWindow.class.getName()));
        commands.put("app, `java -jar`", List.of("java", "-jar", jar));
        if (args.length > 3 && Files.isExecutable(Path.of(args[3]))) {
            commands.put("app image launcher", List.of(args[3]));
        }
        Map<String, List<Double>> launch = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        for (int round = -1; round < runs; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long[] measured = startOnce(command.getValue(), flags);
                if (round >= 0) {
                    launch.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add((double) measured[0]);
                    rss.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(measured[1] / 1024.0);
                }
            }
        }
        double bare = Stats.median(launch.get("bare window (`java -cp`)"));
        for (Map.Entry<String, List<Double>> entry : launch.entrySet()) {
            double ratio = Stats.median(entry.getValue()) / bare;
            boolean isBare = entry.getKey().startsWith("bare");
            System.out.println(Stats.row(
                    "1 start → first rows painted: " + entry.getKey(),
                    entry.getValue(),
                    "ms",
                    isBare ? "baseline" : "≤ 1.3 × bare",
                    isBare ? "—" : String.format(Locale.ROOT, "%.2f × bare: %s", ratio, ratio <= 1.3 ? "met" : "NOT met")));
        }
        System.out.println(Stats.row("4 RSS at first frame: bare window", rss.get("bare window (`java -cp`)"), "MB", "baseline", "—"));
        System.out.println(Stats.row("4 RSS at first rows: app, `java -jar`", rss.get("app, `java -jar`"), "MB", "info", "—"));
        System.out.println("BARE_RSS_MB=" + Stats.median(rss.get("bare window (`java -cp`)")));
    }

    /** Returns {exec → painted ms, RSS kB}. */
    private static long[] startOnce(List<String> command, String flags) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", flags);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        String report = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
                if (REPORT.matcher(line).find()) {
                    report = line;
                }
            }
        }
        process.waitFor();
        if (report == null) {
            throw new IllegalStateException("No first-rows report from " + command + ":\n" + output);
        }
        Matcher m = REPORT.matcher(report);
        m.find();
        return new long[] {Long.parseLong(m.group(1)) - started, Long.parseLong(m.group(3))};
    }
}
