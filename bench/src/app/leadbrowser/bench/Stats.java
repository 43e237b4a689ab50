package app.leadbrowser.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians, p95s and the table rows the harness prints. */
final class Stats {
    private Stats() {}

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** One Markdown table row: figure | n | median | p95 | target | verdict. */
    static String row(String figure, List<Double> values, String unit, String target, String verdict) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f %s | %.1f %s | %s | %s |",
                figure,
                values.size(),
                median(values),
                unit,
                percentile(values, 95),
                unit,
                target,
                verdict);
    }

    static long rssKb() {
        return statusKb("VmRSS");
    }

    /** A memory figure of this process's {@code /proc/self/status} in kB (e.g. VmRSS, RssAnon); -1 off Linux. */
    static long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (Exception notLinux) {
            return -1;
        }
    }
}
