package app.leadbrowser.export;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.LeadSummary;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The leads of an export kept in a file (one JSON object a line) rather than in memory, read back as a list that is
 * read in order: each pass (the writers' pass for the columns, then their pass for the rows) streams the file
 * again. {@link #get(int)} serves the next lead of the current pass; going back starts a pass over.
 */
final class SpooledLeads extends AbstractList<LeadSummary> implements AutoCloseable {
    private static final ObjectWriter WRITER = Json.mapper().writerFor(LeadSummary.class);
    private static final ObjectReader READER = Json.mapper().readerFor(LeadSummary.class);

    private final Path file;
    private final int size;
    private BufferedReader pass;
    private int nextIndex;

    private SpooledLeads(Path file, int size) {
        this.file = file;
        this.size = size;
    }

    /** Writes the leads one line each as they come. */
    static final class Spool implements AutoCloseable {
        private final Path file;
        private final Writer out;
        private int count;

        Spool(Path file) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void add(LeadSummary lead) throws IOException {
            out.write(WRITER.writeValueAsString(lead));
            out.write('\n');
            count++;
        }

        /** The leads written, to be read back. */
        SpooledLeads finish() throws IOException {
            out.close();
            return new SpooledLeads(file, count);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public LeadSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        try {
            if (pass == null || index < nextIndex) {
                close();
                pass = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                nextIndex = 0;
            }
            LeadSummary lead = null;
            while (nextIndex <= index) {
                lead = READER.readValue(pass.readLine());
                nextIndex++;
            }
            return lead;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Iterator<LeadSummary> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public LeadSummary next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (pass != null) {
            pass.close();
            pass = null;
        }
    }
}
