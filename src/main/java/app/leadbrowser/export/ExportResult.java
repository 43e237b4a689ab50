package app.leadbrowser.export;

import java.nio.file.Path;

/**
 * What an export wrote: the leads exported, the repeats dropped (offset paging shows a lead twice when one is
 * added at the top meanwhile), the total the filter matches, and whether the 10,000 window cut the list short.
 */
public record ExportResult(int exported, int duplicatesDropped, long total, boolean cappedAtWindow, Path file) {}
