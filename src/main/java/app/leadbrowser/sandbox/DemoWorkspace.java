package app.leadbrowser.sandbox;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.EventType;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo workspace the sandbox serves: leads, segments and event types, generated from a seed. Every time is
 * relative to the {@link #anchor()}, the moment of generation (to the second), so the workspace looks live at any
 * hour: its online and idle leads were seen in the quarter hour before it. The same seed and anchor give the same
 * data. Relative-date filters are evaluated at the workspace's {@link #clock()}, the sandbox's "now".
 *
 * <p>Tests read it to compute the answers they expect. Reads are lock-free; the changes (a lead inserted at the
 * top, a lead created by {@code by_user_id}, a lead touched) replace the whole snapshot.
 */
public final class DemoWorkspace {
    private final Instant anchor;
    private final SandboxClock clock;
    private final String appId;
    private final DemoGenerator generator;
    private final Object writeLock = new Object();
    private volatile Snapshot snapshot;

    private DemoWorkspace(
            Instant anchor, SandboxClock clock, String appId, DemoGenerator generator, List<StoredLead> leads) {
        this.anchor = anchor;
        this.clock = clock;
        this.appId = appId;
        this.generator = generator;
        this.snapshot = new Snapshot(leads);
    }

    /** Generates {@code leads} leads from {@code seed}, relative to {@code now}, with a clock that stands there. */
    public static DemoWorkspace generate(int leads, long seed, String appId, Instant now) {
        return generate(leads, seed, appId, SandboxClock.fixedAt(now));
    }

    /** Generates {@code leads} leads from {@code seed}, relative to the clock's now; later reads use the clock. */
    public static DemoWorkspace generate(int leads, long seed, String appId, SandboxClock clock) {
        Instant anchor = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DemoGenerator generator = new DemoGenerator(seed, anchor.getEpochSecond());
        return new DemoWorkspace(anchor, clock, appId, generator, generator.leads(leads));
    }

    /** The moment (to the second) all demo times are relative to. */
    public Instant anchor() {
        return anchor;
    }

    /** The sandbox's "now": what relative dates are measured from; tests may advance it. */
    public SandboxClock clock() {
        return clock;
    }

    public String appId() {
        return appId;
    }

    public int size() {
        return snapshot.leads.size();
    }

    /** Every lead as the leads list shows it (props typed, ids as strings), ids ascending. */
    public List<LeadSummary> leads() {
        List<StoredLead> leads = snapshot.leads;
        List<LeadSummary> summaries = new ArrayList<>(leads.size());
        for (StoredLead lead : leads) {
            summaries.add(new LeadSummary(Long.toString(lead.id()), lead.presence(), lead.listProps()));
        }
        return summaries;
    }

    /**
     * The full User object of a lead, every optional field included, as the client decodes {@code GET /users/{id}}
     * (segments evaluated now).
     */
    public Optional<Lead> lead(String id) {
        return stored(id).map(lead -> {
            Map<String, Object> json =
                    ApiShapes.user(lead, UserFields.ALL, true, true, segmentsOf(lead, clock.instant()), appId);
            return decode(json, Lead.class);
        });
    }

    /** A lead's events, newest first, as the client decodes them (empty for an unknown lead). */
    public List<LeadEvent> events(String leadId) {
        return stored(leadId)
                .map(lead -> LeadHistory.events(lead).stream()
                        .map(e -> decode(ApiShapes.event(e, lead.id(), true, true), LeadEvent.class))
                        .toList())
                .orElse(List.of());
    }

    /** A lead's conversations, most recently updated first, as the client decodes them. */
    public List<Conversation> conversations(String leadId) {
        return stored(leadId)
                .map(lead -> LeadHistory.conversations(lead).stream()
                        .map(c -> decode(ApiShapes.conversation(c, lead.id(), true), Conversation.class))
                        .toList())
                .orElse(List.of());
    }

    /** The ids of the removed leads (merged away or deleted under GDPR); they stay in the list. */
    public List<String> removedLeadIds() {
        return snapshot.leads.stream()
                .filter(lead -> lead.removed() != null)
                .map(lead -> Long.toString(lead.id()))
                .toList();
    }

    /** The id of the lead with this User ID, if any. */
    public Optional<String> idForUserId(String userId) {
        StoredLead lead = snapshot.byUserId.get(userId);
        return lead == null ? Optional.empty() : Optional.of(Long.toString(lead.id()));
    }

    public List<Segment> segments() {
        return DemoCatalog.SEGMENTS.stream().map(DemoSegment::toModel).toList();
    }

    public List<EventType> eventTypes() {
        return DemoCatalog.EVENT_PLANS.stream().map(p -> p.type().toModel()).toList();
    }

    /** What the client decodes from this JSON: written to bytes, read as a tree and mapped, as the client does. */
    private static <T> T decode(Object json, Class<T> type) {
        try {
            return Json.mapper()
                    .treeToValue(Json.mapper().readTree(Json.mapper().writeValueAsBytes(json)), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<StoredLead> stored(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(snapshot.byId.get(Long.parseUnsignedLong(id.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    List<StoredLead> storedLeads() {
        return snapshot.leads;
    }

    List<DemoSegment> segmentsOf(StoredLead lead, Instant now) {
        return DemoCatalog.SEGMENTS.stream()
                .filter(s -> FilterEvaluator.matches(s.filter(), lead.listProps(), now))
                .toList();
    }

    /** One page of the leads list and the number of all matches. */
    record ListResult(int total, List<StoredLead> page) {}

    /**
     * The leads matching {@code filter} (evaluated at {@code now}), sorted by {@code sortProp} as {@link
     * SortedOrder} says, the page at {@code offset}.
     */
    ListResult list(Filter filter, String sortProp, boolean ascending, int offset, int limit, Instant now) {
        Snapshot current = snapshot;
        int[] matches = current.matches(filter, sortProp, ascending, now);
        List<StoredLead> page = new ArrayList<>(Math.min(limit, 64));
        for (int i = offset; i < matches.length && page.size() < limit; i++) {
            page.add(current.leads.get(matches[i]));
        }
        return new ListResult(matches.length, page);
    }

    /** Adds a complete lead last seen at {@code now}, so that it comes first in the default order. */
    StoredLead insertAtTop(Instant now) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            StoredLead lead = generator.freshLead(current.leads.size(), nextId(current), now.getEpochSecond());
            snapshot = current.with(lead);
            return lead;
        }
    }

    /**
     * Moves a lead's {@code $last_seen} to now (to the second), as a visit would, so that it comes first in the
     * default order; its other props stay. Returns the lead as the list now shows it, or empty for an unknown id.
     */
    public Optional<LeadSummary> touch(String id) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            Optional<StoredLead> found = stored(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            StoredLead touched = found.get().seenAt(clock.instant().getEpochSecond());
            snapshot = current.replacing(current.leads.indexOf(found.get()), touched);
            return Optional.of(new LeadSummary(Long.toString(touched.id()), touched.presence(), touched.listProps()));
        }
    }

    /** What Dashly does for {@code by_user_id=true}: the lead with this User ID, created when there is none. */
    StoredLead findOrCreateByUserId(String userId, Instant now) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            StoredLead existing = current.byUserId.get(userId);
            if (existing != null) {
                return existing;
            }
            StoredLead lead = DemoGenerator.bareLead(nextId(current), userId, now.getEpochSecond());
            snapshot = current.with(lead);
            return lead;
        }
    }

    private static long nextId(Snapshot current) {
        List<StoredLead> leads = current.leads;
        return leads.isEmpty()
                ? DemoGenerator.FIRST_ID
                : leads.get(leads.size() - 1).id() + DemoGenerator.ID_STEP;
    }

    /**
     * The leads at one moment, with their indexes, the sort orders asked for so far and the latest filter matches.
     * Matches are kept as long as they hold: for a filter with relative-date conditions, until the first moment one
     * of those conditions changes its answer for some lead (the lead's date plus the condition's span).
     */
    private static final class Snapshot {
        private static final int CACHED_MATCHES = 32;

        final List<StoredLead> leads;
        final Map<Long, StoredLead> byId;
        final Map<String, StoredLead> byUserId;
        private final Map<String, SortedOrder> orders = new ConcurrentHashMap<>();
        private final Map<ColumnKey, Object[]> columns = new ConcurrentHashMap<>();
        private final Map<MatchKey, Matches> matches = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<MatchKey, Matches> eldest) {
                return size() > CACHED_MATCHES;
            }
        };

        Snapshot(List<StoredLead> leads) {
            this.leads = Collections.unmodifiableList(leads);
            this.byId = new HashMap<>(leads.size() * 2);
            this.byUserId = new HashMap<>();
            for (StoredLead lead : leads) {
                byId.put(lead.id(), lead);
                if (lead.userId() != null) {
                    byUserId.put(lead.userId(), lead);
                }
            }
        }

        Snapshot with(StoredLead lead) {
            List<StoredLead> more = new ArrayList<>(leads.size() + 1);
            more.addAll(leads);
            more.add(lead);
            return new Snapshot(more);
        }

        /** The same leads with the one at {@code position} replaced (its id, hence its place, unchanged). */
        Snapshot replacing(int position, StoredLead lead) {
            List<StoredLead> changed = new ArrayList<>(leads);
            changed.set(position, lead);
            return new Snapshot(changed);
        }

        /** The positions of the leads matching at {@code now}, in list order. */
        int[] matches(Filter filter, String sortProp, boolean ascending, Instant now) {
            MatchKey key = new MatchKey(filter, sortProp, ascending);
            synchronized (matches) {
                Matches cached = matches.get(key);
                if (cached != null && cached.holdAt(now)) {
                    return cached.positions;
                }
            }
            int[] found = evaluate(filter, sortProp, ascending, now);
            Instant until = stableUntil(filter, now);
            if (until.isAfter(now)) {
                synchronized (matches) {
                    matches.put(key, new Matches(found, now, until));
                }
            }
            return found;
        }

        private SortedOrder order(String prop) {
            return orders.computeIfAbsent(prop, p -> SortedOrder.of(leads, p));
        }

        /**
         * The first moment after {@code now} at which a relative-date condition of the filter may answer
         * differently for some lead; {@code now} itself when that cannot be told cheaply (a relative date on a
         * prop that is not a date). "Less/more than N ago" flips for a lead when now passes its date + N.
         */
        private Instant stableUntil(Filter filter, Instant now) {
            Instant until = Instant.MAX;
            for (Condition condition : filter.conditions()) {
                if (!(condition instanceof Condition.RelativeDate relative)) {
                    continue;
                }
                int slot = PropKeys.slot(relative.property());
                if (slot < 0) {
                    continue; // no lead has the prop: the answer never changes
                }
                if (!PropKeys.isDate(slot)) {
                    return now;
                }
                Duration span = relative.unit().times(relative.amount());
                Instant threshold = now.minus(span);
                long firstSecond = threshold.getEpochSecond() + (threshold.getNano() > 0 ? 1 : 0);
                OptionalLong next = order(relative.property()).firstDateAtLeast(firstSecond);
                if (next.isPresent()) {
                    Instant change = Instant.ofEpochSecond(next.getAsLong()).plus(span);
                    until = change.isBefore(until) ? change : until;
                }
            }
            return until;
        }

        private int[] evaluate(Filter filter, String sortProp, boolean ascending, Instant now) {
            SortedOrder order = order(sortProp);
            boolean[] matching = matching(filter, now);
            int[] found = new int[order.size()];
            int count = 0;
            for (int step = 0; step < found.length; step++) {
                int position = order.at(step, ascending);
                if (matching[position]) {
                    found[count++] = position;
                }
            }
            return Arrays.copyOf(found, count);
        }

        /** Which leads match, by position; each condition's prop read as one column. */
        private boolean[] matching(Filter filter, Instant now) {
            return FilterEvaluator.matching(filter, now, leads.size(), condition -> {
                Object[] column = column(condition);
                return position -> column[position];
            });
        }

        /**
         * The values a condition tests, by lead position, as the list shows them, kept while the snapshot lives
         * (its leads never change): a column is read in memory order, many times faster than going from lead to
         * lead. A relative-date condition gets a date prop as unix seconds (the same date as its ISO text, without
         * text to parse).
         */
        private Object[] column(Condition condition) {
            int slot = PropKeys.slot(condition.property());
            if (slot < 0) {
                return new Object[leads.size()]; // no lead has the prop
            }
            boolean shown = PropKeys.isDate(slot) && !(condition instanceof Condition.RelativeDate);
            return columns.computeIfAbsent(new ColumnKey(slot, shown), key -> {
                Object[] column = new Object[leads.size()];
                for (int position = 0; position < column.length; position++) {
                    Object value = leads.get(position).slot(slot);
                    column[position] = shown ? LeadProps.shown(slot, value) : value;
                }
                return column;
            });
        }
    }

    private record MatchKey(Filter filter, String sortProp, boolean ascending) {}

    /** A prop's slot, with dates as the API shows them (ISO text) or as unix seconds. */
    private record ColumnKey(int slot, boolean shown) {}

    /** Matches computed at {@code from}, the same until {@code until} (exclusive). */
    private record Matches(int[] positions, Instant from, Instant until) {
        boolean holdAt(Instant now) {
            return !now.isBefore(from) && now.isBefore(until);
        }
    }
}
