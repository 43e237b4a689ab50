package app.leadbrowser.ui.leads;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.ui.common.HoverTooltip;
import app.leadbrowser.ui.common.PresenceLegend;
import app.leadbrowser.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Circle;

/** The lead table's cells: text with its cell actions, and the presence dot; each with its row's tooltip. */
final class LeadCells {
    private LeadCells() {}

    /** A cell whose tooltip (that of its row's lead, per column) is made when the mouse first enters it. */
    abstract static class HoverTooltipCell extends TableCell<LeadRowViewModel, String> {
        private final HoverTooltip tooltip = HoverTooltip.install(this, this::tooltipText);

        /** The tooltip of this cell's row; empty for none. */
        abstract String tooltipOf(LeadRowViewModel row, String text);

        /** Call at the end of {@code updateItem}: a cell hovered before follows its new row. */
        final void rowChanged() {
            tooltip.changed();
        }

        private String tooltipText() {
            LeadRowViewModel row = isEmpty() ? null : getTableRow().getItem();
            return row == null ? "" : tooltipOf(row, getItem());
        }
    }

    static final class TextCell extends HoverTooltipCell {
        private final CellActions actions;

        TextCell(CellActions actions) {
            this.actions = actions;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            actions.decorate(this, empty ? null : getTableRow().getItem(), (LeadColumn)
                    getTableColumn().getUserData());
            rowChanged();
        }

        @Override
        String tooltipOf(LeadRowViewModel row, String text) {
            return row.tooltip((LeadColumn) getTableColumn().getUserData());
        }
    }

    /** The presence dot: one circle per cell, changed in place (a new node per update costs a CSS pass). */
    static final class PresenceCell extends HoverTooltipCell {
        private final Circle dot = new Circle(5);
        private Presence shown;

        PresenceCell() {
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            LeadRowViewModel row = empty ? null : getTableRow().getItem();
            dot.setVisible(row != null); // hidden, not taken off: putting it back would cost a CSS pass
            if (row != null) {
                show(row.presence());
            }
            rowChanged();
        }

        @Override
        String tooltipOf(LeadRowViewModel row, String text) {
            return Texts.get("common.presence." + row.presence().wireName());
        }

        private void show(Presence presence) {
            if (presence != shown) {
                PresenceLegend.show(dot, presence);
                shown = presence;
            }
            if (getGraphic() != dot) {
                setGraphic(dot);
            }
        }
    }
}
