package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workspace keeps the matches of a relative-date filter only while they hold: right up to the moment a lead's
 * date passes the condition's span, and no longer.
 */
class MatchCacheTest {

    @Test
    void relativeDateMatchesAreRecomputedExactlyWhenALeadCrossesTheThreshold() {
        DemoWorkspace workspace = DemoWorkspace.generate(3000, 11, "100", Instant.now());
        List<LeadSummary> leads = workspace.leads();
        Duration span = Duration.ofDays(30);
        Filter less = Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS));
        Filter more = Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 30, DateUnit.DAYS));
        Filter mixed = Filter.or(
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE_OR_UNKNOWN, 30, DateUnit.DAYS),
                Conditions.relativeDate("$event_5801_last", Operator.DAYSLESS, 40, DateUnit.DAYS),
                Conditions.text("$country", Operator.STR_EQ, "Japan"));
        Instant start = workspace.anchor();
        Instant crossing = leads.stream()
                .map(l -> PropValues.instant(l.prop("$last_seen")).orElseThrow().plus(span))
                .filter(t -> t.isAfter(start))
                .min(Instant::compareTo)
                .orElseThrow();

        List<Instant> moments =
                List.of(start, crossing.minusNanos(1), crossing, crossing.plusNanos(1), crossing.plusSeconds(3600));
        for (Filter filter : List.of(less, more, mixed)) {
            List<Integer> totals = new ArrayList<>();
            for (Instant now : moments) {
                int total =
                        workspace.list(filter, "$last_seen", false, 0, 20, now).total();
                assertEquals(count(leads, filter, now), total, filter + " at " + now);
                totals.add(total);
            }
            if (filter != mixed) {
                assertNotEquals(totals.get(1), totals.get(3), "a lead crossed the threshold: " + totals);
            }
        }
    }

    private static int count(List<LeadSummary> leads, Filter filter, Instant now) {
        return (int) leads.stream()
                .filter(l -> FilterEvaluator.matches(filter, l.props(), now))
                .count();
    }
}
