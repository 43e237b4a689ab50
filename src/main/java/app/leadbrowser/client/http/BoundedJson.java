package app.leadbrowser.client.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Parsers for the API's answers with a cap on the number of JSON tokens, so that the tree an answer becomes stays
 * small whatever the body holds: the size cap alone lets ~13 million {@code {}} through in 40 MB, a tree of over a
 * gigabyte. The largest real answers (a card with all its fields, a page of 50 leads with every prop) have a few
 * thousand tokens.
 */
final class BoundedJson {
    /** At most ~30 MB of tree (an empty object node and its map are ~100 bytes for two tokens). */
    static final int MAX_TOKENS = 500_000;

    private BoundedJson() {}

    private static final class Holder {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
    }

    static JsonParser parser(byte[] body) throws IOException {
        return Holder.FACTORY.createParser(body);
    }
}
