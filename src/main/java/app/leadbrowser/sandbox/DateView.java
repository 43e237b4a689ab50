package app.leadbrowser.sandbox;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A lead's props with the values of some date props given as {@link java.time.Instant}s instead of their ISO text:
 * the same values to {@code FilterEvaluator} (which reads both as the same instant), without parsing the text for
 * every lead on every request. Used only for props that the filter tests with relative-date conditions alone.
 */
final class DateView extends AbstractMap<String, Object> {
    private final Map<String, Object> props;
    private final Set<String> dateProps;

    DateView(Map<String, Object> props, Set<String> dateProps) {
        this.props = props;
        this.dateProps = dateProps;
    }

    @Override
    public Object get(Object key) {
        Object value = props.get(key);
        if (value instanceof String text && dateProps.contains(key)) {
            Object instant = IsoDates.parse(text);
            return instant == null ? text : instant;
        }
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return props.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return props.entrySet();
    }
}
