package app.leadbrowser.ui.card;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.Map;
import java.util.stream.Collectors;

/** The card's Events tab: a lead's history from {@code GET /users/{id}/events}, as timeline rows. */
public final class TimelineEvents {
    /** Events asked for per page (the API allows 1..50). */
    static final int PAGE_SIZE = 30;

    private static final int SUMMARY_LENGTH = 160;

    private TimelineEvents() {}

    /** The tab's ViewModel: newest first, {@link #PAGE_SIZE} events a page. */
    public static CursorTabViewModel<TimelineEventViewModel> tab(
            DashlyClient client, TaskRunner runner, TimeTexts times) {
        return new CursorTabViewModel<>(
                runner,
                (leadId, cursor) -> client.leadEvents(leadId, cursor, PAGE_SIZE)
                        .map(page -> new CursorPage<>(
                                page.items().stream()
                                        .map(event -> rowOf(event, times))
                                        .collect(Collectors.toList()),
                                page.nextCursor())),
                TimelineEventViewModel::id,
                new CursorTabViewModel.Words(null, "timeline.empty", null, "timeline.failed"));
    }

    private static TimelineEventViewModel rowOf(LeadEvent event, TimeTexts times) {
        String type = event.type() == null || event.type().name() == null
                ? Texts.get("timeline.unnamed")
                : event.type().name();
        return new TimelineEventViewModel(
                event.id(),
                type,
                times.shortDateTime(event.createdAt()),
                times.relative(event.createdAt()),
                summaryOf(event.props()));
    }

    /** "product: Lamp · price: 25", cut short: the whole of each value is in the lead's raw JSON. */
    static String summaryOf(Map<String, Object> props) {
        String summary = props.entrySet().stream()
                .filter(entry -> PropValues.isKnown(entry.getValue()))
                .map(entry -> entry.getKey() + ": " + PropValues.text(entry.getValue()))
                .collect(Collectors.joining(" · "));
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
