package app.leadbrowser.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Tags have no documented shape: accepts strings, or objects holding {@code tag} or {@code name}. */
final class TagsDeserializer extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        List<String> tags = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return tags;
        }
        for (JsonNode item : node) {
            if (item.isTextual()) {
                tags.add(item.asText());
            } else if (item.hasNonNull("tag")) {
                tags.add(item.get("tag").asText());
            } else if (item.hasNonNull("name")) {
                tags.add(item.get("name").asText());
            }
        }
        return tags;
    }
}
