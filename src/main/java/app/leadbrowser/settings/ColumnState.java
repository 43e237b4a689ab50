package app.leadbrowser.settings;

/** One column of the lead table as the user left it: which property, how wide, shown or not. */
public record ColumnState(String property, double width, boolean visible) {}
