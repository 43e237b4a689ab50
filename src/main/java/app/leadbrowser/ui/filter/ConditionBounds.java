package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Operator;
import java.util.Optional;

/**
 * Which way a condition bounds its property: "less than" and "more than" for numbers, "less / more than … ago" for
 * dates. A new bound replaces the one on the same property in the same direction ("Sessions &gt; 74" replaces
 * "Sessions &gt; 5") instead of standing beside it, where one of the two would be redundant.
 */
final class ConditionBounds {
    private ConditionBounds() {}

    private enum Direction {
        BELOW,
        ABOVE,
        NEWER,
        OLDER
    }

    /** True when {@code added} bounds the property of {@code existing} in the same direction. */
    static boolean replaces(Condition added, Condition existing) {
        Optional<Direction> direction = direction(added.operator());
        return direction.isPresent()
                && added.property().equals(existing.property())
                && direction.equals(direction(existing.operator()));
    }

    private static Optional<Direction> direction(Operator operator) {
        return Optional.ofNullable(
                switch (operator) {
                    case LT, LT_OR_UNKNOWN -> Direction.BELOW;
                    case GT, GT_OR_UNKNOWN -> Direction.ABOVE;
                    case DAYSLESS, DAYSLESS_OR_UNKNOWN -> Direction.NEWER;
                    case DAYSMORE, DAYSMORE_OR_UNKNOWN -> Direction.OLDER;
                    default -> null;
                });
    }
}
