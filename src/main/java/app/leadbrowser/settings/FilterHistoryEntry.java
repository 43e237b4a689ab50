package app.leadbrowser.settings;

/**
 * One filter applied in a workspace, as the filter history keeps it.
 *
 * @param filterJson the filter in the form {@code FilterGroupsJson} writes (a filters object, or {@code any_of})
 * @param sortProp the property the list was sorted by
 * @param sortOrder {@code asc} or {@code desc}
 * @param appliedAt when it was applied, in milliseconds since the epoch
 */
public record FilterHistoryEntry(String filterJson, String sortProp, String sortOrder, long appliedAt) {}
