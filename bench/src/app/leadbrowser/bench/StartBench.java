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
 * Figure 1 (and the bare window's RSS for figure 4): starts each launcher of the app beside a bare window on the same
 * runtime with the same cache treatment, one warm-up round then {@code runs} rounds, alternating, and times exec →
 * first rows painted. On JDK 25: the bare window and the app jar ({@code java -jar}), each without and with its own
 * AOT cache (one training run each), the app jar with compact object headers (no cache: a cache is made for one
 * header layout), the least a window of leads can be ({@link TableWindow}, for reference); on the app image's runtime:
 * the bare window with its own AOT cache, beside the app image's launcher and the installed {@code .deb}'s (when
 * given), which use theirs; {@code mvn javafx:run}'s JVM (when its command is given) with its cache; and the bare
 * window on JDK 17. Each JVM gets the JVM flags of the app image's launcher (system property {@code bench.jvmFlags}),
 * the launchers take theirs from their {@code .cfg}. For the app it also reports where the time went (the window's
 * own first frame, the workspace opened, the first page in the ViewModel).
 *
 * <p>Args: jar, bench classes jar, bench classes jar built for JDK 17, runs, JDK 25's java, JDK 17's java, [app image
 * launcher, [installed launcher, [file with mvn javafx:run's java command, NUL-separated]]].
 */
public final class StartBench {
    private static final String BARE = "bare window, JDK 25";
    private static final String BARE_AOT = "bare window, JDK 25 + its AOT cache";
    private static final String BARE_IMAGE = "bare window, app image runtime + its AOT cache";
    private static final String BARE_17 = "bare window, JDK 17";
    private static final String FLOOR = "the AtlantaFX theme and a plain TableView of 20 rows, no app code (JDK 25)";
    private static final String APP_JAR = "app, `java -jar`";
    private static final String APP_JAR_AOT = "app, `java -jar` + its AOT cache";
    private static final String APP_JAR_COMPACT = "app, `java -jar` -XX:+UseCompactObjectHeaders";
    private static final String IMAGE = "app image launcher (its AOT cache)";
    private static final String INSTALLED = "installed `.deb` launcher (its AOT cache)";
    private static final String JAVAFX_RUN = "`mvn javafx:run`'s JVM (its AOT cache)";
    /** Each figure's bare window: the same runtime and cache treatment. */
    private static final Map<String, String> BESIDE = Map.of(
            APP_JAR, BARE,
            APP_JAR_COMPACT, BARE,
            APP_JAR_AOT, BARE_AOT,
            JAVAFX_RUN, BARE_AOT,
            IMAGE, BARE_IMAGE,
            INSTALLED, BARE_IMAGE);
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
    /** JDK 25's warnings for JavaFX 21 on the class path, as the launchers' .cfg has them for the module path. */
    private static final List<String> JDK25_FLAGS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String benchJar = args[1];
        String benchJar17 = args[2];
        int runs = Integer.parseInt(args[3]);
        String java25 = args[4];
        String java17 = args[5];
        Path scratch = Files.createTempDirectory("lead-browser-bench");
        String flags = "-Dleadbrowser.exitOnFirstRows=true -Dleadbrowser.configDir=" + scratch.resolve("config")
                + " -Dleadbrowser.logDir=" + scratch.resolve("logs");
        String training = flags.replace("exitOnFirstRows", "training");
        List<String> bare = List.of("-cp", jar + ":" + benchJar, BareWindow.class.getName());
        List<String> app = List.of("-jar", jar);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put(BARE, java(java25, List.of(), bare));
        commands.put(BARE_AOT, java(java25, aot(java25, scratch.resolve("bare.aot"), bare, flags), bare));
        commands.put(BARE_17, java(java17, null, List.of("-cp", jar + ":" + benchJar17, BareWindow.class.getName())));
        commands.put(
                FLOOR, java(java25, List.of(), List.of("-cp", jar + ":" + benchJar, TableWindow.class.getName())));
        commands.put(APP_JAR, java(java25, List.of(), app));
        commands.put(APP_JAR_AOT, java(java25, aot(java25, scratch.resolve("app.aot"), app, training), app));
        commands.put(APP_JAR_COMPACT, java(java25, List.of("-XX:+UseCompactObjectHeaders"), app));
        if (args.length > 6 && Files.isExecutable(Path.of(args[6]))) {
            Path image = Path.of(args[6]).getParent().getParent();
            String imageJava = image.resolve("lib/runtime/bin/java").toString();
            List<String> imageBare = new ArrayList<>(moduleOptions(image));
            imageBare.addAll(List.of("-cp", benchJar, BareWindow.class.getName()));
            commands.put(
                    BARE_IMAGE,
                    java(imageJava, aot(imageJava, scratch.resolve("bare-image.aot"), imageBare, flags), imageBare));
            commands.put(IMAGE, List.of(args[6]));
        }
        if (args.length > 7 && !args[7].isEmpty() && Files.isExecutable(Path.of(args[7]))) {
            commands.put(INSTALLED, List.of(args[7]));
        }
        if (args.length > 8 && !args[8].isEmpty() && Files.isReadable(Path.of(args[8]))) {
            commands.put(JAVAFX_RUN, List.of(Files.readString(Path.of(args[8])).split("\0")));
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
        double bare17Median = Stats.median(launch.get(BARE_17));
        for (Map.Entry<String, List<Double>> entry : launch.entrySet()) {
            double median = Stats.median(entry.getValue());
            String beside = BESIDE.get(entry.getKey());
            if (beside == null) {
                System.out.println(Stats.row(
                        "1 start → first rows painted: " + entry.getKey(),
                        entry.getValue(),
                        "ms",
                        entry.getKey().startsWith("bare") ? "baseline" : "info",
                        String.format(Locale.ROOT, "%.2f × bare window, JDK 17", median / bare17Median)));
                continue;
            }
            double ratio = median / Stats.median(launch.get(beside));
            System.out.println(Stats.row(
                    "1 start → first rows painted: " + entry.getKey(),
                    entry.getValue(),
                    "ms",
                    "≤ 1.3 × " + beside,
                    String.format(
                            Locale.ROOT,
                            "%.2f × %s (%.2f × bare window, JDK 17): %s",
                            ratio,
                            beside,
                            median / bare17Median,
                            ratio <= 1.3 ? "met" : "NOT met")));
        }
        for (Map.Entry<String, List<Double>> entry : milestones.entrySet()) {
            if (BESIDE.keySet().stream().anyMatch(name -> entry.getKey().startsWith(name + ":"))) {
                System.out.println(Stats.row("1 where the time goes, " + entry.getKey(), entry.getValue(), "ms", "info", "—"));
            }
        }
        System.out.println(Stats.row("4 RSS at first frame: " + BARE, rss.get(BARE), "MB", "baseline", "—"));
        System.out.println(Stats.row("4 RSS at first frame: " + FLOOR, rss.get(FLOOR), "MB", "info", "—"));
        for (String figure : List.of(APP_JAR, APP_JAR_AOT, APP_JAR_COMPACT)) {
            System.out.println(Stats.row("4 RSS at first rows: " + figure, rss.get(figure), "MB", "info", "—"));
        }
        System.out.println("BARE_RSS_MB=" + Stats.median(rss.get(BARE)));
    }

    /** Makes an AOT cache for {@code rest} with one training run (it quits by itself); the options that use it. */
    private static List<String> aot(String javaPath, Path cache, List<String> rest, String flags) throws Exception {
        startOnce(java(javaPath, List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=error"), rest), flags);
        return List.of("-XX:AOTCache=" + cache);
    }

    /** The module options of the app image's launcher: a JVM started with other ones ignores an AOT cache. */
    private static List<String> moduleOptions(Path image) throws Exception {
        return Files.readAllLines(image.resolve("lib/app/lead-browser.cfg")).stream()
                .filter(line -> line.startsWith("java-options=--"))
                .map(line -> line.substring("java-options=".length()))
                .toList();
    }

    /** {@code javaPath} with the JVM flags; {@code extra} null for JDK 17, which knows neither JDK 25 flag. */
    private static List<String> java(String javaPath, List<String> extra, List<String> rest) {
        List<String> command = new ArrayList<>(List.of(javaPath));
        command.addAll(JVM_FLAGS);
        if (extra != null) {
            if (!javaPath.contains("lib/runtime")) {
                command.addAll(JDK25_FLAGS);
            }
            command.addAll(extra);
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
