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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 1 (and the bare window's RSS for figure 4): starts the bare window, the least a window of leads can be
 * ({@link TableWindow}, for reference), the app jar, (when built) the app image's launcher and (when given) the
 * installed {@code .deb}'s launcher in turn, one warm-up
 * round then {@code runs} rounds, and times exec → first rows painted. The bare window, the table window and the jar
 * run with the JVM flags of the app image's launcher (system property {@code bench.jvmFlags}, space-separated); the
 * launchers take their own from their {@code .cfg}. For the app it also reports where the time went (the window's own
 * first frame, the workspace opened, the first page in the ViewModel). Args: jar, bench classes dir, runs, [app image
 * launcher, [installed launcher]].
 */
public final class StartBench {
    private static final String BARE = "bare window (`java -cp`)";
    private static final String BARE_CDS = "bare window + AppCDS";
    private static final String FLOOR = "the AtlantaFX theme and a plain TableView of 20 rows, no app code (`java -cp`)";
    private static final String APP_JAR = "app, `java -jar`";
    private static final String INSTALLED = "installed `.deb` launcher";
    private static final Pattern REPORT =
            Pattern.compile("FIRST_ROWS_EPOCH_MS=(\\d+).* RSS_KB=(-?\\d+)");
    private static final Pattern MILESTONES = Pattern.compile(
            "WINDOW_PAINTED_EPOCH_MS=(\\d+) SESSION_EPOCH_MS=(\\d+) ROWS_IN_VIEWMODEL_EPOCH_MS=(\\d+)");
    private static final String[] MILESTONE_NAMES = {
        "the window's own first frame painted", "the workspace open (sandbox started, session made)",
        "the first page in the ViewModel"
    };
    private static final List<String> JVM_FLAGS = List.of(
            System.getProperty("bench.jvmFlags", "").trim().split("\\s+")).stream()
            .filter(flag -> !flag.isEmpty())
            .toList();

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String benchClasses = args[1];
        int runs = Integer.parseInt(args[2]);
        Path scratch = Files.createTempDirectory("lead-browser-bench");
        String flags = "-Dleadbrowser.exitOnFirstRows=true -Dleadbrowser.configDir=" + scratch.resolve("config")
                + " -Dleadbrowser.logDir=" + scratch.resolve("logs");
        Path bareArchive = scratch.resolve("bare.jsa");
        Path appArchive = scratch.resolve("app.jsa");
        List<String> bare = List.of("-cp", jar + ":" + benchClasses, BareWindow.class.getName());
        List<String> floor = List.of("-cp", jar + ":" + benchClasses, TableWindow.class.getName());
        List<String> app = List.of("-jar", jar);
        // AppCDS: one training run each writes a dynamic archive of the classes loaded up to the first rows
        startOnce(java("-XX:ArchiveClassesAtExit=" + bareArchive, bare), flags);
        startOnce(java("-XX:ArchiveClassesAtExit=" + appArchive, app), flags);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put(BARE, java(null, bare));
        commands.put(FLOOR, java(null, floor));
        commands.put(APP_JAR, java(null, app));
        commands.put(BARE_CDS, java("-XX:SharedArchiveFile=" + bareArchive, bare));
        commands.put("app, `java -jar` + AppCDS", java("-XX:SharedArchiveFile=" + appArchive, app));
        if (args.length > 3 && Files.isExecutable(Path.of(args[3]))) {
            commands.put("app image launcher", List.of(args[3]));
        }
        if (args.length > 4 && !args[4].isEmpty() && Files.isExecutable(Path.of(args[4]))) {
            commands.put(INSTALLED, List.of(args[4]));
        }
        Map<String, List<Double>> launch = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        Map<String, List<Double>> milestones = new LinkedHashMap<>();
        for (int round = -1; round < runs; round++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long[] measured = startOnce(command.getValue(), flags);
                if (round >= 0) {
                    launch.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add((double) measured[0]);
                    rss.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(measured[1] / 1024.0);
                    for (int i = 0; i < MILESTONE_NAMES.length && measured.length > 2; i++) {
                        milestones
                                .computeIfAbsent(command.getKey() + ": exec → " + MILESTONE_NAMES[i], k -> new ArrayList<>())
                                .add((double) measured[2 + i]);
                    }
                }
            }
        }
        double bareMedian = Stats.median(launch.get(BARE));
        double bareCdsMedian = Stats.median(launch.get(BARE_CDS));
        for (Map.Entry<String, List<Double>> entry : launch.entrySet()) {
            boolean isBare = entry.getKey().startsWith("bare");
            if (entry.getKey().equals(FLOOR)) {
                System.out.println(Stats.row(
                        "1 start → first rows painted: " + FLOOR,
                        entry.getValue(),
                        "ms",
                        "info",
                        String.format(Locale.ROOT, "%.2f × bare", Stats.median(entry.getValue()) / bareMedian)));
                continue;
            }
            boolean withCds = entry.getKey().endsWith("AppCDS");
            double ratio = Stats.median(entry.getValue()) / (withCds ? bareCdsMedian : bareMedian);
            String versus = withCds ? "bare + AppCDS" : "bare";
            System.out.println(Stats.row(
                    "1 start → first rows painted: " + entry.getKey(),
                    entry.getValue(),
                    "ms",
                    isBare ? "baseline" : "≤ 1.3 × " + versus,
                    isBare
                            ? String.format(Locale.ROOT, "%.2f × bare", Stats.median(entry.getValue()) / bareMedian)
                            : String.format(
                                    Locale.ROOT,
                                    "%.2f × %s (%.2f × bare): %s",
                                    ratio,
                                    versus,
                                    Stats.median(entry.getValue()) / bareMedian,
                                    ratio <= 1.3 ? "met" : "NOT met")));
        }
        for (Map.Entry<String, List<Double>> entry : milestones.entrySet()) {
            if (entry.getKey().startsWith(APP_JAR + ":")
                    || entry.getKey().startsWith("app image")
                    || entry.getKey().startsWith(INSTALLED)) {
                System.out.println(Stats.row("1 where the time goes, " + entry.getKey(), entry.getValue(), "ms", "info", "—"));
            }
        }
        System.out.println(Stats.row("4 RSS at first frame: bare window", rss.get(BARE), "MB", "baseline", "—"));
        System.out.println(Stats.row("4 RSS at first frame: " + FLOOR, rss.get(FLOOR), "MB", "info", "—"));
        System.out.println(Stats.row("4 RSS at first rows: app, `java -jar`", rss.get(APP_JAR), "MB", "info", "—"));
        System.out.println("BARE_RSS_MB=" + Stats.median(rss.get(BARE)));
    }

    private static List<String> java(String option, List<String> rest) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_FLAGS);
        if (option != null) {
            command.add(option);
        }
        command.addAll(rest);
        return command;
    }

    /** Returns {exec → painted ms, RSS kB} and, for the app, exec → each of its milestones in ms. */
    private static long[] startOnce(List<String> command, String flags) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", flags);
        long started = System.currentTimeMillis();
        Process process = builder.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly(); // no report: the read below ends and says so
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
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
        if (report == null) {
            throw new IllegalStateException("No first-rows report from " + command + ":\n" + output);
        }
        Matcher m = REPORT.matcher(report);
        m.find();
        long painted = Long.parseLong(m.group(1)) - started;
        long rssKb = Long.parseLong(m.group(2));
        Matcher times = MILESTONES.matcher(report);
        if (!times.find()) {
            return new long[] {painted, rssKb};
        }
        return new long[] {
            painted,
            rssKb,
            Long.parseLong(times.group(1)) - started,
            Long.parseLong(times.group(2)) - started,
            Long.parseLong(times.group(3)) - started
        };
    }
}
