package app.leadbrowser.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A lead's {@code events} are typed as a map keyed by event type id but shown as an array: accepts both. */
final class EventStatsDeserializer extends JsonDeserializer<List<EventStat>> {
    @Override
    public List<EventStat> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        List<EventStat> stats = new ArrayList<>();
        if (node == null || !node.isContainerNode()) {
            return stats;
        }
        for (JsonNode item : node) {
            stats.add(context.readTreeAsValue(item, EventStat.class));
        }
        return stats;
    }
}
