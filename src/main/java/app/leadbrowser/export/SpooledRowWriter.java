package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A format with a header row (CSV, Excel): each lead's cells are made in the format's own way as it comes and kept
 * in a {@link RowSpool} until every column is known; {@link #finish()} writes the header and the rows.
 */
abstract class SpooledRowWriter implements LeadWriter {
    protected final ColumnPlan plan;
    protected final RowSpool rows;
    protected final OutputStream out;

    /**
     * @param spool a file to keep the rows in until the walk ends
     * @param cellOf a value as the format's cell; null for an empty one
     */
    SpooledRowWriter(ColumnPlan plan, Path spool, OutputStream out, Function<Object, Cell> cellOf) throws IOException {
        this.plan = plan;
        this.rows = new RowSpool(spool, plan, cellOf);
        this.out = out;
    }

    @Override
    public final void add(LeadSummary lead) throws IOException {
        rows.add(lead);
    }

    @Override
    public final void close() throws IOException {
        try (out) {
            rows.close();
        }
    }
}
