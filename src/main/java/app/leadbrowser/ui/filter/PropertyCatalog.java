package app.leadbrowser.ui.filter;

import app.leadbrowser.client.model.EventStat;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the builder can filter on: the known system properties, plus what the loaded leads reveal (the API lists
 * no properties, events or segments, so they are learned). Call it on the FX thread; its lists change in place.
 */
public final class PropertyCatalog {
    private static final Pattern EVENT_KEY = Pattern.compile("\\$event_(\\d+)_(count|first|last)");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}.*)?");
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    private static final List<String> EVENT_STATS = List.of("count", "first", "last");

    private final Map<String, PropertyInfo> system = new LinkedHashMap<>();
    private final Map<String, PropertyInfo> custom = new HashMap<>();
    /** Learned keys whose value was empty so far: the first real value decides their type. */
    private final Set<String> untyped = new HashSet<>();
    /** Event type id → name; the name is null until a lead card tells it. */
    private final Map<String, String> events = new HashMap<>();
    /** Event type id → a lead the rows showed with that event, whose card names it. */
    private final Map<String, String> leadsWithEvent = new HashMap<>();

    private final Set<String> namesWanted = new HashSet<>();
    private boolean allNamesWanted;
    private final IntegerProperty wantedChanges = new SimpleIntegerProperty();

    private final ObservableList<PropertyInfo> properties = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();

    /** Starts with the known system properties. */
    public PropertyCatalog() {
        SystemProperties.known().forEach(p -> system.put(p.key(), p));
        publish();
    }

    /** Learns the props keys of a leads-list row (system props and {@code $event_N_*} stats). */
    public void learnFrom(LeadSummary lead) {
        boolean learned = false;
        for (Map.Entry<String, Object> prop : lead.props().entrySet()) {
            learned |= learnProp(prop.getKey(), prop.getValue());
            Matcher event = EVENT_KEY.matcher(prop.getKey());
            if (event.matches()) {
                leadsWithEvent.putIfAbsent(event.group(1), lead.id());
            }
        }
        if (learned) { // most rows show nothing new: no re-sorting of the whole list for each row of a page
            publish();
        }
    }

    /** Learns a lead card's props, custom props, event types (with their names) and segments. */
    public void learnFrom(Lead lead) {
        lead.props().forEach(this::learnProp);
        lead.propsEvents().forEach(this::learnProp);
        lead.propsCustom().forEach(this::learnProp);
        for (EventStat stat : lead.events()) {
            if (stat.eventType() != null && stat.eventType().id() != null) {
                events.put(stat.eventType().id(), stat.eventType().name());
            }
        }
        lead.segments().forEach(this::learnSegment);
        publish();
    }

    /**
     * Learns a property a filter names, e.g. an event stat of a saved view that no loaded lead has shown yet; an
     * event type's name is wanted from now on (for its chip).
     */
    public void learnKey(String key) {
        Matcher event = EVENT_KEY.matcher(key);
        boolean wanted = event.matches() && namesWanted.add(event.group(1));
        if (learnProp(key, null)) {
            publish();
        }
        if (wanted) {
            wantedChanges.set(wantedChanges.get() + 1);
        }
    }

    /** Every event type's name is wanted from now on, e.g. for the property picker's list. */
    public void wantAllEventNames() {
        if (!allNamesWanted) {
            allNamesWanted = true;
            wantedChanges.set(wantedChanges.get() + 1);
        }
    }

    /** Changes when more event names are wanted (the properties list changes when more types are known). */
    public Observable eventNamesWanted() {
        return wantedChanges;
    }

    /**
     * The ids of the event types whose name is wanted and not known, in no order. Names are asked for only when
     * shown (a chip, the picker), as each costs requests.
     */
    public Set<String> eventsToName() {
        Set<String> unnamed = new HashSet<>();
        events.forEach((id, name) -> {
            if ((name == null || name.isBlank()) && (allNamesWanted || namesWanted.contains(id))) {
                unnamed.add(id);
            }
        });
        return unnamed;
    }

    /** The event type's name, once a lead card has told it. */
    public Optional<String> eventName(String eventId) {
        return Optional.ofNullable(events.get(eventId)).filter(name -> !name.isBlank());
    }

    /** A lead the rows showed with this event type, if any. */
    public Optional<String> leadWithEvent(String eventId) {
        return Optional.ofNullable(leadsWithEvent.get(eventId));
    }

    /** Sorted: system, then events (three entries each), then custom; each by label. */
    public ObservableList<PropertyInfo> properties() {
        return properties;
    }

    /** The segments seen on lead cards, by name; their {@code filters} can be loaded into the builder. */
    public ObservableList<Segment> segments() {
        return segments;
    }

    /** The properties whose label or API name contains {@code text} (any case), in list order; all for a blank text. */
    public List<PropertyInfo> search(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return properties.stream()
                .filter(p -> p.label().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.key().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** The property with this API name, if known. */
    public Optional<PropertyInfo> find(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * What the user picked or typed: a known property by API name or label (any case), an event stat by its
     * {@code $event_N_*} name, else a typed property that offers every operator.
     */
    public PropertyInfo resolve(String text) {
        String wanted = text == null ? "" : text.trim();
        return find(wanted)
                .or(() -> properties.stream()
                        .filter(p ->
                                p.label().equalsIgnoreCase(wanted) || p.key().equalsIgnoreCase(wanted))
                        .findFirst())
                .or(() -> eventStat(wanted))
                .orElseGet(() -> PropertyInfo.typed(wanted));
    }

    /**
     * The property with exactly this API name, as a filter JSON names it: a known one, an event stat, or a typed
     * one that offers every operator (labels are not matched here).
     */
    public PropertyInfo resolveKey(String key) {
        return find(key).or(() -> eventStat(key)).orElseGet(() -> PropertyInfo.typed(key));
    }

    private Optional<PropertyInfo> eventStat(String key) {
        Matcher m = EVENT_KEY.matcher(key);
        return m.matches() ? Optional.of(eventInfo(m.group(1), m.group(2))) : Optional.empty();
    }

    /** Returns whether the catalog changed. */
    private boolean learnProp(String key, Object value) {
        if (key == null || key.isBlank()) {
            return false;
        }
        Matcher event = EVENT_KEY.matcher(key);
        if (event.matches()) {
            boolean isNew = !events.containsKey(event.group(1));
            if (isNew) {
                events.put(event.group(1), null);
            }
            return isNew;
        }
        boolean isSystem = key.startsWith("$");
        Map<String, PropertyInfo> map = isSystem ? system : custom;
        PropertyInfo known = map.get(key);
        if (known != null && !untyped.contains(key)) {
            return false;
        }
        Optional<PropertyType> seen = typeOf(value);
        if (known == null) {
            PropertyInfo.Group group = isSystem ? PropertyInfo.Group.SYSTEM : PropertyInfo.Group.CUSTOM;
            String label = isSystem ? PropertyLabels.label(key) : key;
            map.put(key, new PropertyInfo(key, label, seen.orElse(PropertyType.TEXT), group));
            if (seen.isEmpty()) {
                untyped.add(key);
            }
            return true;
        }
        if (seen.isPresent()) {
            untyped.remove(key);
            map.put(key, known.withType(seen.get()));
            return true;
        }
        return false;
    }

    private void learnSegment(Segment segment) {
        if (segment == null || segment.id() == null) {
            return;
        }
        segments.removeIf(s -> s.id().equals(segment.id()) && !s.equals(segment));
        if (!segments.contains(segment)) {
            segments.add(segment);
            segments.sort(Comparator.comparing(s -> String.valueOf(s.name()).toLowerCase(Locale.ROOT)));
        }
    }

    /** The type a learned value shows; empty for an unknown (empty) value. */
    static Optional<PropertyType> typeOf(Object value) {
        if (value instanceof Boolean) {
            return Optional.of(PropertyType.BOOLEAN);
        }
        if (value instanceof Number) {
            return Optional.of(PropertyType.NUMBER);
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? Optional.empty() : Optional.of(PropertyType.LIST);
        }
        if (!(value instanceof CharSequence)) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(PropertyType.BOOLEAN);
        }
        if (DATE_TEXT.matcher(text).matches()) {
            return Optional.of(PropertyType.DATE);
        }
        // numbers sent as text (convert_props_types=false); a leading zero or "+" means a code, not a number
        return Optional.of(NUMBER_TEXT.matcher(text).matches() ? PropertyType.NUMBER : PropertyType.TEXT);
    }

    private PropertyInfo eventInfo(String id, String stat) {
        String name = events.get(id);
        String label = Texts.get(
                "filter.event",
                name == null || name.isBlank() ? Texts.get("filter.event.unnamed", id) : name,
                statLabel(stat));
        PropertyType type = stat.equals("count") ? PropertyType.NUMBER : PropertyType.DATE;
        return new PropertyInfo("$event_" + id + "_" + stat, label, type, PropertyInfo.Group.EVENT);
    }

    private static String statLabel(String stat) {
        return switch (stat) {
            case "count" -> Texts.get("labels.stat.count");
            case "first" -> Texts.get("labels.stat.first");
            default -> Texts.get("labels.stat.last");
        };
    }

    private void publish() {
        Comparator<PropertyInfo> byLabel = Comparator.comparing(p -> p.label().toLowerCase(Locale.ROOT));
        List<PropertyInfo> all = new ArrayList<>(system.values());
        all.sort(byLabel);
        List<PropertyInfo> eventEntries = new ArrayList<>();
        events.keySet().stream()
                .sorted(Comparator.comparing(
                                (String id) -> eventInfo(id, "count").label().toLowerCase(Locale.ROOT))
                        .thenComparing(id -> id))
                .forEach(id -> EVENT_STATS.forEach(stat -> eventEntries.add(eventInfo(id, stat))));
        all.addAll(eventEntries);
        List<PropertyInfo> customs = new ArrayList<>(custom.values());
        customs.sort(byLabel);
        all.addAll(customs);
        if (!all.equals(properties)) {
            properties.setAll(all);
        }
    }
}
