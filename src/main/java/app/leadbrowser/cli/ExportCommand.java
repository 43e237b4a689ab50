package app.leadbrowser.cli;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ColumnPlan;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportOptions;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.settings.TokenText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: every lead of a filter to CSV, JSON Lines or Excel (xlsx), past the list method's 10,000 window
 * (a deep listing); what could not be reached is said with the reason.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export every lead of a filter to a file, each once, in the order asked.",
            "Dashly lists at most 10,000 leads per request; the export reaches past that under a date or number"
                    + " sort and says how many leads it could not reach, and why, when it cannot."
        })
final class ExportCommand implements Callable<Integer> {
    private final RootCommand root;
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    @Option(names = "--base-url", required = true, description = "The API address, e.g. https://api.dashly.app")
    String baseUrl;

    @Option(names = "--app", required = true, description = "The app id of the workspace.")
    String appId;

    @Option(
            names = "--filters",
            paramLabel = "JSON|@file",
            description = "A filters JSON, or @ and a file holding one.")
    String filters;

    @Option(
            names = "--sort-prop",
            defaultValue = LeadQuery.DEFAULT_SORT_PROP,
            description = "Default: ${DEFAULT-VALUE}.")
    String sortProp;

    @Option(names = "--sort-order", defaultValue = "desc", description = "asc or desc. Default: ${DEFAULT-VALUE}.")
    String sortOrder;

    @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl or xlsx. Default: ${DEFAULT-VALUE}.")
    ExportFormat format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(
            names = "--bom",
            description = "Start a CSV with the UTF-8 byte-order mark, so that Excel reads its accents right when"
                    + " the file is opened by a double-click. Default: off.")
    boolean byteOrderMark;

    ExportCommand(RootCommand root, Map<String, String> env) {
        this.root = root;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        String token = env.getOrDefault("DASHLY_TOKEN", "");
        if (token.isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), "Set the API token in the environment variable DASHLY_TOKEN");
        }
        if (TokenText.check(token) != TokenText.Problem.NONE) {
            throw new ParameterException(
                    spec.commandLine(),
                    "DASHLY_TOKEN holds a space or a character no token has (perhaps an invisible one): set it again");
        }
        ClientConfig config;
        LeadQuery query;
        try {
            config = ClientConfig.of(baseUrl, appId, token);
            SortOrder order = SortOrder.fromWireName(sortOrder)
                    .orElseThrow(() ->
                            new IllegalArgumentException("--sort-order must be asc or desc, not '" + sortOrder + "'"));
            query = LeadQuery.defaults().withFilter(readFilter()).withSort(sortProp, order);
            if (byteOrderMark && format != ExportFormat.CSV) {
                throw new IllegalArgumentException("--bom is for --format csv only");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ProgressLine progress = new ProgressLine(root.err);
        try (DashlyClient client = new DashlyClient(config)) {
            ExportOptions options = new ExportOptions(ColumnPlan.rawKeys(), byteOrderMark);
            ExportResult result = new LeadExporter(client).export(query, format, options, output, progress);
            progress.done();
            if (result.outOfReach() > 0 || !result.reasons().isEmpty()) {
                root.err.printf(
                        "%,d of the filter's %,d leads were out of reach: %s.%n",
                        result.outOfReach(), result.total(), OutOfReachTexts.describe(result.reasons()));
            }
            root.out.printf(
                    "Exported %d leads (%d duplicates dropped) to %s%n",
                    result.exported(), result.duplicatesDropped(), result.file());
            return 0;
        } catch (ApiException | IOException e) {
            progress.done();
            FailureText.print(root.err, "Export failed: ", e, root.debug);
            return 1;
        }
    }

    private Filter readFilter() throws IOException {
        if (filters == null || filters.isBlank()) {
            return Filter.all();
        }
        String json = filters.startsWith("@") ? Files.readString(Path.of(filters.substring(1))) : filters;
        try {
            return FilterJson.read(json);
        } catch (FilterFormatException e) {
            throw new IllegalArgumentException("--filters: " + e.getMessage());
        }
    }
}
