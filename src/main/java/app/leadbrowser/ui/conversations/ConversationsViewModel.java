package app.leadbrowser.ui.conversations;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lead card's Conversations tab ({@code GET /users/{id}/conversations}): most recently updated first, one page
 * at a time by the API's cursor, more when the user reaches the end. Nothing is asked until the tab is shown, and
 * then once per lead. Answers for a lead no longer shown are dropped; a conversation already listed is not listed
 * twice. A failure keeps the rows and says why, with Retry.
 */
public final class ConversationsViewModel {
    private final DashlyClient client;
    private final TaskRunner runner;
    private final TimeTexts times;

    private final ObservableList<ConversationRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<ConversationRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    private final Set<String> listed = new HashSet<>();
    private String leadId;
    private boolean active;
    private boolean started;
    private String cursor;
    private long generation;
    private RunningTask inFlight;

    public ConversationsViewModel(DashlyClient client, TaskRunner runner, TimeTexts times) {
        this.client = client;
        this.runner = runner;
        this.times = times;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Follows the lead the card shows (null: none); loads its first page now if the tab is shown, else later. */
    public void showLead(String id) {
        if (Objects.equals(id, leadId)) {
            return;
        }
        cancel();
        leadId = id;
        started = false;
        cursor = null;
        listed.clear();
        rows.clear();
        hasMore.set(false);
        errorMessage.set("");
        placeholder.set("");
        loadFirstIfWanted();
    }

    /** The tab was shown (true) or another tab chosen; the first page loads when the tab is first shown. */
    public void setActive(boolean value) {
        active = value;
        loadFirstIfWanted();
    }

    /** Loads the next (older) page, unless one is loading, none is left, or the last load failed (see Retry). */
    public void loadMore() {
        if (started && !loading.get() && hasMore.get() && errorMessage.get().isEmpty()) {
            load();
        }
    }

    /** Asks again for the page that failed. */
    public void retry() {
        if (leadId != null && !loading.get()) {
            errorMessage.set("");
            load();
        }
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private void loadFirstIfWanted() {
        if (active && leadId != null && !started) {
            started = true;
            load();
        }
    }

    private void load() {
        long current = ++generation;
        String lead = leadId;
        loading.set(true);
        if (rows.isEmpty()) {
            placeholder.set(Texts.get("conversations.loading"));
        }
        inFlight = runner.run(
                client.conversations(lead, cursor),
                page -> {
                    if (current == generation) {
                        inFlight = null;
                        loading.set(false);
                        add(page);
                    }
                },
                failure -> {
                    if (current == generation && !(failure instanceof CancelledException)) {
                        inFlight = null;
                        loading.set(false);
                        errorMessage.set(UserMessages.describe(failure));
                        placeholder.set(rows.isEmpty() ? Texts.get("conversations.failed") : "");
                    }
                });
    }

    private void add(CursorPage<Conversation> page) {
        List<ConversationRowViewModel> fresh = new ArrayList<>();
        for (Conversation conversation : page.items()) {
            if (conversation.id() != null && listed.add(conversation.id())) {
                fresh.add(rowOf(conversation));
            }
        }
        rows.addAll(fresh);
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
        errorMessage.set("");
        placeholder.set(rows.isEmpty() ? Texts.get("conversations.empty") : "");
    }

    private void cancel() {
        generation++;
        loading.set(false);
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
    }

    private ConversationRowViewModel rowOf(Conversation c) {
        Conversation.Part last = c.partLast();
        Long updated = c.lastUpdate() != null ? c.lastUpdate() : last != null ? last.created() : c.created();
        Instant when = updated == null ? null : Instant.ofEpochSecond(updated);
        List<String> flags = new ArrayList<>();
        if (Boolean.FALSE.equals(c.read())) {
            flags.add(Texts.get("conversations.unread"));
        }
        if (Boolean.FALSE.equals(c.replied()) && !Boolean.TRUE.equals(c.closed())) {
            flags.add(Texts.get("conversations.notReplied"));
        }
        int parts = c.partsCount() == null ? 0 : c.partsCount();
        return new ConversationRowViewModel(
                c.id(),
                kindOf(c.type()),
                Texts.get(Boolean.TRUE.equals(c.closed()) ? "conversations.closed" : "conversations.open"),
                String.join(" · ", flags),
                last == null ? "" : authorOf(last.from()),
                last == null || last.body() == null ? "" : last.body().strip(),
                c.assignee() == null ? Texts.get("conversations.unassigned") : nameOf(c.assignee()),
                Texts.plural("conversations.parts", parts),
                c.tags() == null ? List.of() : c.tags(),
                when == null ? "" : times.relative(when),
                when == null ? "" : times.exact(when));
    }

    private static String kindOf(String type) {
        if (type == null || type.isBlank()) {
            return Texts.get("conversations.kind.generic");
        }
        switch (type) {
            case "chat":
                return Texts.get("conversations.kind.chat");
            case "email":
                return Texts.get("conversations.kind.email");
            default:
                return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
        }
    }

    /** An author is a person object ({@code {type: "user"}} for the lead, an admin or bot with a name). */
    private static String authorOf(Object from) {
        if (from instanceof Map<?, ?> person && "user".equals(person.get("type"))) {
            return Texts.get("conversations.lead");
        }
        return from == null ? Texts.get("conversations.lead") : nameOf(from);
    }

    /** An admin's name; the API gives an object with {@code name}, but read a bare name or id too. */
    private static String nameOf(Object person) {
        if (person instanceof Map<?, ?> map) {
            Object name = map.get("name");
            if (name != null && !name.toString().isBlank()) {
                return name.toString();
            }
            Object id = map.get("id");
            return Texts.get("conversations.admin", id == null ? "?" : id.toString());
        }
        if (person instanceof Number id) {
            return Texts.get("conversations.admin", id.toString());
        }
        return person.toString();
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** The conversations listed so far, most recently updated first. */
    public ObservableList<ConversationRowViewModel> getRows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether older conversations are left to load. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Why the last load failed; empty when it did not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** What the empty list says: loading, no conversations, or that they could not be loaded; empty otherwise. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
