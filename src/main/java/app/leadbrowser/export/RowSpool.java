package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of a CSV or Excel export, each made into finished cells as its lead comes (while the walk waits for the
 * next pages) and kept in a file, not in memory, until the walk ends: the header comes first in the file and needs
 * every prop key any lead has. A row holds the lead's id and presence and its non-empty props, each under a slot
 * (props numbered as their key is first met); {@link #replay} reads the rows back in order, so that writing the file
 * at the end only places cells already made (a CSV's as the bytes they are).
 */
final class RowSpool implements Closeable {
    private static final int ID_SLOT = 0;
    private static final int PRESENCE_SLOT = 1;
    private static final int FIRST_PROP_SLOT = 2;

    private final Path file;
    private final ColumnPlan plan;
    private final Function<Object, Cell> cellOf;
    private final DataOutputStream out;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    /** The row being added, written to the file in one call. */
    private ByteBuffer row = ByteBuffer.allocate(1 << 12);

    private int rows;

    /** Receives the rows read back, one at a time. */
    @FunctionalInterface
    interface Rows {
        void accept(Row row) throws IOException;
    }

    /**
     * A row read back: its cells by slot, as the bytes spooled (UTF-8), so that a CSV copies them as they are. Valid
     * only while {@link Rows#accept} runs.
     */
    static final class Row {
        private final Cell.Kind[] kinds;
        private final int[] starts;
        private final int[] lengths;
        private byte[] bytes = new byte[1 << 12];
        private int size;

        private Row(int slots) {
            kinds = new Cell.Kind[slots];
            starts = new int[slots];
            lengths = new int[slots];
        }

        /** Whether the slot has a cell ({@code slot} -1: a column no lead had, never). */
        boolean has(int slot) {
            return slot >= 0 && kinds[slot] != null;
        }

        Cell cell(int slot) {
            return new Cell(kinds[slot], new String(bytes, starts[slot], lengths[slot], StandardCharsets.UTF_8));
        }

        /** The bytes the row's cells hold together, at most. */
        int size() {
            return size;
        }

        /** Copies the slot's cell into {@code to} at {@code at}; returns where it ends there. */
        int copyTo(int slot, byte[] to, int at) {
            System.arraycopy(bytes, starts[slot], to, at, lengths[slot]);
            return at + lengths[slot];
        }

        /** One read of the row's bytes, then cells found in them: no call per cell on the stream. */
        private void read(DataInputStream in) throws IOException {
            size = in.readInt();
            if (size > bytes.length) {
                bytes = new byte[Math.max(2 * bytes.length, size)];
            }
            in.readFully(bytes, 0, size);
            Arrays.fill(kinds, null);
            Cell.Kind[] allKinds = Cell.Kind.values();
            ByteBuffer cells = ByteBuffer.wrap(bytes, 0, size);
            for (int count = cells.getInt(); count > 0; count--) {
                int slot = cells.getInt();
                kinds[slot] = allKinds[cells.get()];
                lengths[slot] = cells.getInt();
                starts[slot] = cells.position();
                cells.position(starts[slot] + lengths[slot]);
            }
        }
    }

    /** @param cellOf a value as a cell of the format; null for a cell left empty */
    RowSpool(Path file, ColumnPlan plan, Function<Object, Cell> cellOf) throws IOException {
        this.file = file;
        this.plan = plan;
        this.cellOf = cellOf;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    void add(LeadSummary lead) throws IOException {
        row.clear();
        row.putInt(0); // the count of cells, set below
        int count = put(ID_SLOT, lead.id()) + put(PRESENCE_SLOT, plan.presence(lead.presence()));
        for (Map.Entry<String, Object> prop : lead.props().entrySet()) {
            Integer slot = slots.get(prop.getKey());
            if (slot == null) { // a key is a column even where every value is empty
                slot = FIRST_PROP_SLOT + keys.size();
                slots.put(prop.getKey(), slot);
                keys.add(prop.getKey());
            }
            count += put(slot, prop.getValue());
        }
        row.putInt(0, count);
        out.writeInt(row.position());
        out.write(row.array(), 0, row.position());
        rows++;
    }

    /** Adds the value's cell to the row unless it is empty; returns the cells added. */
    private int put(int slot, Object value) {
        Cell cell = value == null ? null : cellOf.apply(value);
        if (cell == null) {
            return 0;
        }
        byte[] text = cell.text().getBytes(StandardCharsets.UTF_8);
        int needed = Integer.BYTES * 2 + 1 + text.length;
        if (row.remaining() < needed) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(2 * row.capacity(), row.position() + needed));
            row = bigger.put(row.flip());
        }
        row.putInt(slot).put((byte) cell.kind().ordinal()).putInt(text.length).put(text);
        return 1;
    }

    /** Every prop key met so far, in the order met. */
    List<String> keys() {
        return List.copyOf(keys);
    }

    /** Each of {@code columns}' slot in the arrays {@link #replay} gives; -1 for a prop no lead had. */
    int[] slotsOf(List<ExportColumn> columns) {
        return columns.stream()
                .mapToInt(column -> switch (column.source()) {
                    case ID -> ID_SLOT;
                    case PRESENCE -> PRESENCE_SLOT;
                    case PROP -> slots.getOrDefault(column.key(), -1);
                })
                .toArray();
    }

    /** Ends the writing and hands every row to {@code each}, in the order added. */
    void replay(Rows each) throws IOException {
        out.close();
        Row row = new Row(FIRST_PROP_SLOT + keys.size());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (int r = 0; r < rows; r++) {
                row.read(in);
                each.accept(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
