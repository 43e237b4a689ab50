package app.leadbrowser.ui.looks;

/** The two looks of the window. */
public enum Theme {
    LIGHT,
    DARK
}
