package app.leadbrowser.ui.palette;

/**
 * One thing the command palette can do: run a menu action, open a saved view, a recent lead or a lead found in the
 * workspace, re-apply a filter from history, or add a condition on a property.
 *
 * @param detail shown beside the title: an action's shortcut, a filter's summary, a lead's email (may be empty)
 */
public record PaletteItem(Kind kind, String title, String detail, Runnable run) {
    /** What an item is; earlier kinds win ties in the ranking. */
    public enum Kind {
        ACTION,
        VIEW,
        RECENT_LEAD,
        FOUND_LEAD,
        HISTORY,
        PROPERTY
    }

    public PaletteItem {
        detail = detail == null ? "" : detail;
    }
}
