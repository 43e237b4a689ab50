package app.leadbrowser.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableViewSkin;

/**
 * A table skin that fits a column to its content on request, the way a double-click on the edge of the column's
 * header does: the platform measures real cells (their styles and graphics included) and the header. Both ways
 * leave the header's whole title room beside the theme's sort arrow.
 */
public final class FitToContentSkin<S> extends TableViewSkin<S> {

    public FitToContentSkin(TableView<S> table) {
        super(table);
    }

    /**
     * Fits {@code column} to its header and its first {@code rows} rows, as wide as it takes.
     *
     * @return false when the column has no header yet (the table was not laid out), so nothing was measured
     */
    public boolean fit(TableColumn<S, ?> column, int rows) {
        for (TableColumnHeader header : getTableHeaderRow().getRootHeader().getColumnHeaders()) {
            if (header.getTableColumn() == column && header instanceof FittingHeader fitting) {
                fitting.resizeColumnToFitContent(rows);
                return true;
            }
        }
        return false;
    }

    /**
     * Sets a column's width. The platform's own resizing (a drag, a double-click) sets the width but leaves the
     * preferred width as it was, and setting that again to the same value would change nothing: bring it up to
     * date first.
     */
    public static void resize(TableColumnBase<?, ?> column, double width) {
        column.setPrefWidth(column.getWidth());
        column.setPrefWidth(width);
    }

    @Override
    protected TableHeaderRow createTableHeaderRow() {
        return new TableHeaderRow(this) {
            @Override
            protected NestedTableColumnHeader createRootHeader() {
                return new NestedTableColumnHeader(null) {
                    @Override
                    protected TableColumnHeader createTableColumnHeader(TableColumnBase column) {
                        return column != null && column.getColumns().isEmpty()
                                ? new FittingHeader(column)
                                : super.createTableColumnHeader(column);
                    }
                };
            }
        };
    }

    /** A column's header that, after the platform's fit, makes room for its whole title and a sort arrow. */
    private static final class FittingHeader extends TableColumnHeader {
        FittingHeader(TableColumnBase<?, ?> column) {
            super(column);
        }

        @Override
        protected void resizeColumnToFitContent(int rows) {
            // the header's own font, not the default one: the first fit may come before its first CSS pass
            applyCss();
            super.resizeColumnToFitContent(rows);
            // the platform leaves 10 px for the sort arrow, beside a title measured without the label's padding
            double title = getChildrenUnmodifiable().stream()
                    .filter(Label.class::isInstance)
                    .map(Label.class::cast)
                    .findFirst()
                    .map(label -> label.prefWidth(-1) + sortArrowRoom(label))
                    .orElse(0.0);
            double wanted = Math.ceil(snappedLeftInset() + title + snappedRightInset());
            TableColumnBase<?, ?> column = getTableColumn();
            if (column.isResizable() && column.getWidth() < wanted) {
                FitToContentSkin.resize(column, wanted);
            }
        }

        /** The theme's arrow with its padding is about an em wide; a column that cannot be sorted shows none. */
        private double sortArrowRoom(Label label) {
            return getTableColumn().isSortable() ? label.getFont().getSize() : 0;
        }
    }
}
