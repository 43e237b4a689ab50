package app.leadbrowser.export;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.LeadSummary;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Lines: one {@code {"id", "presence", "props"}} object per lead, as the list returned it. */
final class JsonLinesLeadWriter implements LeadWriter {

    @Override
    public void write(List<LeadSummary> leads, Writer out) throws IOException {
        ObjectWriter json = Json.mapper().writer();
        for (LeadSummary lead : leads) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", lead.id());
            line.put("presence", lead.presence().wireName());
            line.put("props", lead.props());
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
    }
}
