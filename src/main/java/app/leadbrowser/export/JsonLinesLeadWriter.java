package app.leadbrowser.export;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.LeadSummary;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Lines: one {@code {"id", "presence", "props"}} object per lead, as the list returned it, written as each
 * lead comes (a line needs no other lead's keys).
 */
final class JsonLinesLeadWriter implements LeadWriter {
    private final ObjectWriter json = Json.mapper().writer();
    private final Writer out;

    JsonLinesLeadWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void add(LeadSummary lead) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", lead.id());
        line.put("presence", lead.presence().wireName());
        line.put("props", lead.props());
        out.write(json.writeValueAsString(line));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
