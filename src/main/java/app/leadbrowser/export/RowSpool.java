package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    private final List<Cell> row = new ArrayList<>();
    private final List<Integer> rowSlots = new ArrayList<>();
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

        void copyTo(int slot, OutputStream out) throws IOException {
            out.write(bytes, starts[slot], lengths[slot]);
        }

        private void read(DataInputStream in) throws IOException {
            Arrays.fill(kinds, null);
            Cell.Kind[] allKinds = Cell.Kind.values();
            int end = 0;
            for (int count = in.readInt(); count > 0; count--) {
                int slot = in.readInt();
                kinds[slot] = allKinds[in.readByte()];
                int length = in.readInt();
                if (end + length > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, end + length));
                }
                in.readFully(bytes, end, length);
                starts[slot] = end;
                lengths[slot] = length;
                end += length;
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
        rowSlots.clear();
        put(ID_SLOT, lead.id());
        put(PRESENCE_SLOT, plan.presence(lead.presence()));
        for (Map.Entry<String, Object> prop : lead.props().entrySet()) {
            Integer slot = slots.get(prop.getKey());
            if (slot == null) { // a key is a column even where every value is empty
                slot = FIRST_PROP_SLOT + keys.size();
                slots.put(prop.getKey(), slot);
                keys.add(prop.getKey());
            }
            put(slot, prop.getValue());
        }
        out.writeInt(row.size());
        for (int i = 0; i < row.size(); i++) {
            Cell cell = row.get(i);
            byte[] text = cell.text().getBytes(StandardCharsets.UTF_8);
            out.writeInt(rowSlots.get(i));
            out.writeByte(cell.kind().ordinal());
            out.writeInt(text.length);
            out.write(text);
        }
        rows++;
    }

    private void put(int slot, Object value) {
        Cell cell = value == null ? null : cellOf.apply(value);
        if (cell != null) {
            row.add(cell);
            rowSlots.add(slot);
        }
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
