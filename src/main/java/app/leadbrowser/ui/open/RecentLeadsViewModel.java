package app.leadbrowser.ui.open;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #LIMIT} lead cards opened in one workspace, newest first, kept across restarts in the workspace's
 * entry of the recent leads file. A lead opened again moves to the top.
 */
public final class RecentLeadsViewModel {
    /** How many leads the list keeps. */
    public static final int LIMIT = 20;

    private final String workspaceId;
    private final PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> store;
    private final TimeTexts times;
    private final ObservableList<RecentLead> leads = FXCollections.observableArrayList();
    private final ObservableList<RecentLead> leadsView = FXCollections.unmodifiableObservableList(leads);

    public RecentLeadsViewModel(
            String workspaceId, PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> store, TimeTexts times) {
        this.workspaceId = workspaceId;
        this.store = store;
        this.times = times;
        List<RecentLead> kept = store.get(workspaceId).orElse(List.of());
        leads.setAll(kept.subList(0, Math.min(LIMIT, kept.size())));
    }

    /** Puts {@code lead} (a card just shown) at the top of the list, dropping the oldest past {@value #LIMIT}. */
    public void record(Lead lead) {
        if (lead == null || lead.id() == null) {
            return;
        }
        RecentLead entry = new RecentLead(
                lead.id(),
                PropValues.text(lead.props().get("$name")).strip(),
                PropValues.text(lead.props().get("$email")).strip(),
                times.now().toEpochMilli());
        List<RecentLead> next = new ArrayList<>(LIMIT);
        next.add(entry);
        leads.stream()
                .filter(old -> !old.id().equals(lead.id()))
                .limit(LIMIT - 1L)
                .forEach(next::add);
        leads.setAll(next);
        store.put(workspaceId, List.copyOf(next));
    }

    /** The list entry as a person reads it: name, email and when, e.g. "Anna Smith · anna@x.io · 5 minutes ago". */
    public String describe(RecentLead lead) {
        List<String> parts = new ArrayList<>(3);
        parts.add(lead.name().isEmpty() ? Texts.get("open.recent.unnamed", lead.id()) : lead.name());
        if (!lead.email().isEmpty()) {
            parts.add(lead.email());
        }
        parts.add(times.relative(Instant.ofEpochMilli(lead.openedAtMillis())));
        return String.join("  ·  ", parts);
    }

    /** The lead as the table's selection carries it, so that selecting it opens its card. */
    public static LeadSummary summaryOf(RecentLead lead) {
        Map<String, Object> props = new HashMap<>();
        if (!lead.name().isEmpty()) {
            props.put("$name", lead.name());
        }
        if (!lead.email().isEmpty()) {
            props.put("$email", lead.email());
        }
        return new LeadSummary(lead.id(), null, props);
    }

    /** The recent leads, newest first. */
    public ObservableList<RecentLead> getLeads() {
        return leadsView;
    }
}
