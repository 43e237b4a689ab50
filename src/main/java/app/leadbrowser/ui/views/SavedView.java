package app.leadbrowser.ui.views;

import app.leadbrowser.settings.ViewState;

/** A named view of the lead table: its filter, sort, page size and columns. {@code id} stays when it is renamed. */
public record SavedView(String id, String name, ViewState view) {

    public SavedView withName(String newName) {
        return new SavedView(id, newName, view);
    }

    public SavedView withView(ViewState newView) {
        return new SavedView(id, name, newView);
    }
}
