package app.leadbrowser.client.filter;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Why a lead does or does not match a filter: each condition checked, in the filter's order, and the verdict of the
 * whole group under its AND/OR. Made by {@link FilterEvaluator#explain}, the same code that decides
 * {@link FilterEvaluator#matches(Filter, java.util.Map, Instant)}, so the two cannot disagree.
 *
 * @param evaluatedAt the moment relative dates were measured from
 */
public record FilterExplanation(Filter filter, List<ConditionCheck> checks, boolean matches, Instant evaluatedAt) {

    public FilterExplanation {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        checks = List.copyOf(checks);
    }

    /** How many of the conditions hold. */
    public long holdingCount() {
        return checks.stream().filter(ConditionCheck::holds).count();
    }
}
