package app.leadbrowser.ui.conversations;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The card's Conversations tab ({@code GET /users/{id}/conversations}), most recently updated first: each
 * conversation as a row (kind, state, what needs attention, last message, assignee, size, tags, time).
 */
public final class ConversationRows {
    private ConversationRows() {}

    /** The tab's ViewModel: a conversation without an id is left out. */
    public static CursorTabViewModel<ConversationRowViewModel> tab(
            DashlyClient client, TaskRunner runner, TimeTexts times) {
        return new CursorTabViewModel<>(
                runner,
                (leadId, cursor) -> client.conversations(leadId, cursor)
                        .map(page -> new CursorPage<>(
                                page.items().stream()
                                        .map(conversation -> rowOf(conversation, times))
                                        .collect(Collectors.toList()),
                                page.nextCursor())),
                ConversationRowViewModel::id,
                new CursorTabViewModel.Words(
                        "conversations.loading", "conversations.empty", "conversations.failed", null));
    }

    private static ConversationRowViewModel rowOf(Conversation c, TimeTexts times) {
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
}
