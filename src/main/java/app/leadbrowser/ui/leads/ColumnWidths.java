package app.leadbrowser.ui.leads;

import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.ui.common.FitToContentSkin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The lead table's column widths. A column the user has not sized ({@link LeadColumn#fitsContent()}) fits its
 * header and the rows first shown in it, and keeps that width while the pages change; one long value takes at most
 * {@link #MOST_OF_TABLE} of the table. A width the user gave a column, by dragging the header's edge or by a
 * double-click on it (which fits the column to its content, as the platform does), is reported to be kept.
 */
final class ColumnWidths {
    /** The share of the table's width one column may take when it is fitted to its content. */
    private static final double MOST_OF_TABLE = 0.4;
    /** Rows measured: about as many as a tall window shows (the platform's own first fit measures 30 too). */
    private static final int ROWS_MEASURED = 30;

    private final TableView<LeadRowViewModel> table;
    private final FitToContentSkin<LeadRowViewModel> skin;
    private final Consumer<TableColumn<LeadRowViewModel, ?>> onResized;
    /** Columns that fit their content and were fitted. */
    private final Set<TableColumn<LeadRowViewModel, ?>> fitted = new HashSet<>();
    /** Fitted columns whose content is wider than their share of the table, held to that share. */
    private final Set<TableColumn<LeadRowViewModel, ?>> capped = new HashSet<>();
    /** Columns that fit their content and wait for rows (or for the table's first layout) to be fitted. */
    private final Set<TableColumn<LeadRowViewModel, ?>> waiting = new LinkedHashSet<>();

    private boolean fitScheduled;
    /** True while the width is set here, not by the user. */
    private boolean setting;

    /** @param onResized told of the column the user has just resized */
    ColumnWidths(TableView<LeadRowViewModel> table, Consumer<TableColumn<LeadRowViewModel, ?>> onResized) {
        this.table = table;
        this.onResized = onResized;
        skin = new FitToContentSkin<>(table);
        table.setSkin(skin);
        // after the pulse that lays the new rows out: measured earlier, a cell may not have its styles and text yet
        table.getItems().addListener((ListChangeListener<LeadRowViewModel>) change -> fitSoon());
        table.widthProperty().addListener((obs, old, width) -> {
            // a column held to a share of a table still growing (the window opening) gets that share again
            waiting.addAll(capped);
            capped.clear();
            fitSoon();
        });
    }

    /** Call once for each column made: its width changes that are not set here are the user's. */
    void watch(TableColumn<LeadRowViewModel, ?> column) {
        column.widthProperty().addListener((obs, old, width) -> {
            // before its first fit, a column is sized by the platform (its header alone, on the first layout)
            if (!setting && !waiting.contains(column)) {
                onResized.accept(column);
            }
        });
    }

    /** Gives {@code column} the width {@code shown} has: the user's, or its content's once there are rows. */
    void apply(TableColumn<LeadRowViewModel, ?> column, LeadColumn shown) {
        if (shown.fitsContent()) {
            if (!fitted.contains(column)) {
                waiting.add(column);
            }
            return;
        }
        fitted.remove(column);
        waiting.remove(column);
        capped.remove(column);
        if (Math.abs(column.getWidth() - shown.width()) > 0.5) {
            set(column, shown.width());
        }
    }

    private void fitSoon() {
        if (!fitScheduled && !waiting.isEmpty()) {
            fitScheduled = true;
            Platform.runLater(() -> {
                fitScheduled = false;
                fitWaiting();
            });
        }
    }

    /** Fits the columns waiting for it, once the table has rows and a width. */
    void fitWaiting() {
        if (waiting.isEmpty() || table.getItems().isEmpty() || table.getWidth() <= 0) {
            return;
        }
        for (TableColumn<LeadRowViewModel, ?> column : new ArrayList<>(waiting)) {
            if (fit(column)) {
                waiting.remove(column);
                fitted.add(column);
            }
        }
    }

    /**
     * The columns in the table's order as the view model keeps them: {@code resized} (null: none) with the width the
     * user has just given it, the others with the width they had there (a column that fits its content still does).
     */
    List<ColumnState> layout(TableColumn<LeadRowViewModel, ?> resized) {
        return table.getColumns().stream()
                .map(column -> {
                    LeadColumn shown = (LeadColumn) column.getUserData();
                    double width = column == resized ? column.getWidth() : shown.width();
                    return new ColumnState(shown.key(), width, column.isVisible());
                })
                .toList();
    }

    private boolean fit(TableColumn<LeadRowViewModel, ?> column) {
        setting = true;
        try {
            if (!skin.fit(column, ROWS_MEASURED)) {
                return false;
            }
            double most = Math.max(column.getMinWidth(), Math.floor(table.getWidth() * MOST_OF_TABLE));
            if (column.getWidth() > most) {
                FitToContentSkin.resize(column, most);
                capped.add(column);
            }
            return true;
        } finally {
            setting = false;
        }
    }

    private void set(TableColumn<LeadRowViewModel, ?> column, double width) {
        setting = true;
        try {
            FitToContentSkin.resize(column, width);
        } finally {
            setting = false;
        }
    }
}
