package app.leadbrowser.client;

import app.leadbrowser.client.error.ServerText;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The leads' ids as the answers give them, checked before anything is built from them: every list and card keys its
 * rows, selection and next requests by id, so a lead without a usable one makes the whole answer unreadable (a
 * sentence saying which lead, never a crash later on).
 */
final class LeadIds {
    /** Dashly's ids are decimal numbers (as strings, since the client asks for them so); 64 leaves room. */
    private static final int MAX_LENGTH = 64;

    private LeadIds() {}

    /** Checks that every lead in {@code users} has a usable id and that no id comes twice (before it is mapped). */
    static void requireUsableAndDistinct(JsonNode users) throws JsonMappingException {
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (JsonNode user : users) {
            position++;
            if (!user.isObject()) {
                continue; // not a lead at all: the list reader says so
            }
            String id = requireUsable(user.get("id"), "lead " + position + " of the list");
            if (!seen.add(id)) {
                throw new JsonMappingException(
                        null, "the list gives lead " + ServerText.clean(id, MAX_LENGTH) + " twice");
            }
        }
    }

    /**
     * The id as text: a non-blank string of printable characters, or a whole number (an id the server did not send
     * as a string).
     */
    static String requireUsable(JsonNode id, String whose) throws JsonMappingException {
        if (id == null || id.isNull()) {
            throw new JsonMappingException(null, whose + " has no id");
        }
        if (id.isIntegralNumber()) {
            return id.asText();
        }
        String text = id.isTextual() ? id.asText() : null;
        if (text == null
                || text.isBlank()
                || text.length() > MAX_LENGTH
                || !ServerText.clean(text).equals(text)) {
            throw new JsonMappingException(null, whose + " has an id that is not usable");
        }
        return text;
    }
}
