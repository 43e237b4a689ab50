package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes exported leads in one file format. */
interface LeadWriter {
    void write(List<LeadSummary> leads, Writer out) throws IOException;
}
