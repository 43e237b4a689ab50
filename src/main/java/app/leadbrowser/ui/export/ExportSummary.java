package app.leadbrowser.ui.export;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.OutOfReach;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import java.util.stream.Collectors;

/** What an export wrote, told plainly: how many leads, any repeats dropped, and any leads out of reach and why. */
final class ExportSummary {
    private ExportSummary() {}

    static String of(ExportResult result, boolean selection) {
        String wrote =
                Texts.plural("export.done", result.exported(), result.file().toString());
        if (selection) {
            return wrote + "\n" + Texts.get("export.done.selection");
        }
        String repeats = result.duplicatesDropped() == 0
                ? Texts.get("export.done.noRepeats")
                : Texts.plural("export.done.repeats", result.duplicatesDropped());
        String reach = result.reasons().isEmpty()
                ? Texts.get("export.done.all")
                : Texts.get(
                        "export.done.outOfReach",
                        result.outOfReach(),
                        result.total(),
                        result.reasons().stream()
                                .map(ExportSummary::reasonText)
                                .distinct()
                                .collect(Collectors.joining("; ")));
        return wrote + "\n" + repeats + "\n" + reach;
    }

    private static String reasonText(OutOfReach reason) {
        String prop = PropertyLabels.label(reason.sortProp());
        return switch (reason.reason()) {
            case TEXT_SORT -> Texts.get("export.reach.textSort", prop, LeadQuery.MAX_WINDOW);
            case TIES -> Texts.get("export.reach.ties", prop, shortText(reason.value()), LeadQuery.MAX_WINDOW);
            case MISSING_VALUES -> Texts.get("export.reach.missing", prop, LeadQuery.MAX_WINDOW);
        };
    }

    /** A value from the server, shown: no control characters, cut short. */
    private static String shortText(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
