package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Writes exported leads in one text file format. */
interface LeadWriter {
    void write(List<LeadSummary> leads, Writer out) throws IOException;

    /** Every prop key any of {@code leads} has, sorted. */
    static List<String> propKeysOf(List<LeadSummary> leads) {
        Set<String> keys = new TreeSet<>();
        leads.forEach(lead -> keys.addAll(lead.props().keySet()));
        return new ArrayList<>(keys);
    }
}
