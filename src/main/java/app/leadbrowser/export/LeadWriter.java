package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes an export in one file format as the leads come, one at a time in the list's order, so that the file is
 * done soon after the last lead arrives; {@link #finish()} completes it. Closing releases what the writer holds
 * (its output included) without completing the file.
 */
interface LeadWriter extends Closeable {
    void add(LeadSummary lead) throws IOException;

    void finish() throws IOException;
}
