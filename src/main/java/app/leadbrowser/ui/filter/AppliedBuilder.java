package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Junction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The builder as it was when last applied: each row with the condition it had then, and the junction. Counting what
 * differs now gives the "Apply · 2 changes" mark: a row added, edited or removed is one change each, and so is the
 * junction; moving a row changes nothing the list shows.
 */
final class AppliedBuilder {
    private final Map<FilterRowViewModel, Condition> rows = new HashMap<>();
    private final Junction junction;

    private AppliedBuilder(List<FilterGroupViewModel> groups, Junction junction) {
        groups.forEach(group ->
                group.rows().forEach(row -> rows.put(row, row.condition().orElse(null))));
        this.junction = junction;
    }

    /** What {@code groups} and {@code junction} hold now, as the applied state. */
    static AppliedBuilder of(List<FilterGroupViewModel> groups, Junction junction) {
        return new AppliedBuilder(groups, junction);
    }

    /** True when {@code row} was added or edited since this state. */
    boolean differs(FilterRowViewModel row) {
        return !rows.containsKey(row)
                || !Objects.equals(rows.get(row), row.condition().orElse(null));
    }

    /** How many edits {@code groups} and {@code junction} have that this state does not. */
    int changesIn(List<FilterGroupViewModel> groups, Junction junction) {
        int changes = Objects.equals(this.junction, junction) ? 0 : 1;
        Set<FilterRowViewModel> present = new HashSet<>();
        for (FilterGroupViewModel group : groups) {
            for (FilterRowViewModel row : group.rows()) {
                present.add(row);
                changes += differs(row) ? 1 : 0;
            }
        }
        for (FilterRowViewModel applied : rows.keySet()) {
            changes += present.contains(applied) ? 0 : 1;
        }
        return changes;
    }
}
