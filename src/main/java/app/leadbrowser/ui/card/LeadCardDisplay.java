package app.leadbrowser.ui.card;

import app.leadbrowser.client.model.EventStat;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.Note;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.card.PropertyRowViewModel.Group;
import app.leadbrowser.ui.card.PropertyRowViewModel.Kind;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A loaded lead as the card shows it: the header's texts and the tabs' rows. A property reads as a date when its
 * known type is a date ({@link PropertyLabels#isDate}), never by the look of its value.
 */
final class LeadCardDisplay {
    private final TimeTexts times;

    LeadCardDisplay(TimeTexts times) {
        this.times = times;
    }

    String presenceDetails(Lead loaded) {
        Map<String, Object> details = loaded.presenceDetails();
        List<String> lines = new ArrayList<>();
        Object page = details.get("page");
        Object url = details.get("url");
        if (PropValues.isKnown(page)) {
            lines.add(Texts.get("card.presence.page", PropValues.text(page)));
        }
        if (PropValues.isKnown(url)) {
            lines.add(Texts.get("card.presence.url", PropValues.text(url)));
        }
        PropValues.instant(details.get("session_started"))
                .ifPresent(started -> lines.add(
                        Texts.get("card.presence.session", times.shortDateTime(started), times.relative(started))));
        return String.join("\n", lines);
    }

    String removedBadge(Lead loaded) {
        if (!loaded.isRemoved()) {
            return "";
        }
        String when = loaded.removedAt().map(times::shortDateTime).orElse(loaded.removed());
        return Texts.get("card.removed", when);
    }

    static String location(Lead loaded) {
        return Stream.of("$city", "$region", "$country")
                .map(loaded.props()::get)
                .filter(PropValues::isKnown)
                .map(PropValues::text)
                .collect(Collectors.joining(", "));
    }

    List<PropertyRowViewModel> propertyRows(Lead loaded) {
        Map<String, String> eventNames = eventNamesOf(loaded);
        List<PropertyRowViewModel> rows = new ArrayList<>();
        loaded.props()
                .forEach((name, value) -> rows.add(propertyRow(Group.SYSTEM, name, PropertyLabels.label(name), value)));
        loaded.propsEvents()
                .forEach(
                        (name, value) -> rows.add(propertyRow(Group.EVENT, name, eventLabel(name, eventNames), value)));
        loaded.propsCustom().forEach((name, value) -> rows.add(propertyRow(Group.CUSTOM, name, name, value)));
        return rows;
    }

    /** The names of the lead's event types by id, from its event stats. */
    static Map<String, String> eventNamesOf(Lead loaded) {
        Map<String, String> eventNames = new HashMap<>();
        loaded.events().stream()
                .filter(stat -> stat.eventType() != null && stat.eventType().id() != null)
                .forEach(stat ->
                        eventNames.put(stat.eventType().id(), stat.eventType().name()));
        return eventNames;
    }

    /** "“Purchase” count" for {@code $event_N_count} when the lead names event type N; else the plain label. */
    static String eventLabel(String property, Map<String, String> eventNames) {
        String[] parts = PropertyLabels.eventParts(property);
        if (parts == null || !eventNames.containsKey(parts[0])) {
            return PropertyLabels.label(property);
        }
        return Texts.get("card.eventProperty", eventNames.get(parts[0]), Texts.get("labels.stat." + parts[1]));
    }

    private PropertyRowViewModel propertyRow(Group group, String name, String label, Object value) {
        String raw = PropValues.text(value);
        if (value instanceof Boolean flag) {
            return new PropertyRowViewModel(
                    group, name, label, Kind.BOOLEAN, flag ? Texts.get("common.yes") : Texts.get("common.no"), raw);
        }
        if (value instanceof Number) {
            return new PropertyRowViewModel(group, name, label, Kind.NUMBER, raw, raw);
        }
        if (value instanceof Collection<?>) {
            return new PropertyRowViewModel(group, name, label, Kind.LIST, raw, raw);
        }
        Optional<Instant> date = PropertyLabels.isDate(name) ? PropValues.instant(value) : Optional.empty();
        if (date.isPresent()) {
            String display = Texts.get("card.date", times.shortDateTime(date.get()), times.relative(date.get()));
            return new PropertyRowViewModel(group, name, label, Kind.DATE, display, raw);
        }
        return new PropertyRowViewModel(group, name, label, Kind.TEXT, raw, raw);
    }

    EventRowViewModel eventRow(EventStat stat) {
        String name = stat.eventType() == null || stat.eventType().name() == null
                ? Texts.get("card.event.unnamed")
                : stat.eventType().name();
        Instant first = stat.firstAt();
        Instant last = stat.lastAt();
        return new EventRowViewModel(
                name,
                stat.count(),
                first,
                last,
                first == null ? "" : times.shortDateTime(first),
                last == null ? "" : times.shortDateTime(last));
    }

    static String segmentText(Segment segment) {
        return segment.name() == null ? Texts.get("card.segmentWithId", segment.id()) : segment.name();
    }

    NoteViewModel note(Note note) {
        String author = note.author() == null || note.author().name() == null
                ? Texts.get("card.note.unknownAuthor")
                : note.author().name();
        return new NoteViewModel(
                NoteViewModel.initialsOf(
                        note.author() == null ? null : note.author().name()),
                author,
                times.shortDateTime(note.createdAt()),
                note.body() == null ? "" : note.body());
    }
}
