package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.filter.FilterContradictions.Contradiction;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The line above the table: the filter listed in plain words, a warning when conditions contradict each other
 * (so that an empty list is not taken for "no such leads"), and a note when the list is combined on this computer.
 * Follows the filter the table lists.
 */
public final class FilterSummaryViewModel {
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper combinedNote = new ReadOnlyStringWrapper(this, "combinedNote", "");

    /** Follows {@code listed}, the filter the table lists. */
    public FilterSummaryViewModel(ObservableValue<FilterGroups> listed) {
        listed.addListener((obs, old, now) -> show(now));
        show(listed.getValue());
    }

    private void show(FilterGroups groups) {
        FilterGroups shown = groups == null ? FilterGroups.all() : groups;
        summary.set(Texts.get("groups.showing", FilterSummary.of(shown)));
        warning.set(warningFor(shown));
        combinedNote.set(
                shown.isCombined() ? Texts.get("groups.combined", shown.groups().size()) : "");
    }

    /** What the contradictions mean for the list, one sentence each; empty when there are none. */
    static String warningFor(FilterGroups groups) {
        List<Contradiction> found = FilterContradictions.find(groups);
        return found.stream()
                .map(c -> groups.isCombined()
                        ? Texts.get(
                                "groups.contradiction.group",
                                c.group() + 1,
                                FilterSummary.of(c.first()),
                                FilterSummary.of(c.second()))
                        : Texts.get("groups.contradiction", FilterSummary.of(c.first()), FilterSummary.of(c.second())))
                .collect(Collectors.joining("\n"));
    }

    /** E.g. "Filter: Last seen &lt; 30 days ago AND City = Berlin". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Which conditions can never hold together; empty when none do. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Says the list is merged here from one request per group; empty for a single group. */
    public ReadOnlyStringProperty combinedNoteProperty() {
        return combinedNote.getReadOnlyProperty();
    }
}
