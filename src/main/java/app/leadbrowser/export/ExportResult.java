package app.leadbrowser.export;

import app.leadbrowser.client.deep.OutOfReach;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the leads exported, the repeats dropped (a lead met twice: window overlaps, or one that moved
 * up while the list was read), the total the filter matches, and how many leads no request could reach and why
 * (empty when the file holds every lead of the filter).
 */
public record ExportResult(
        int exported, int duplicatesDropped, long total, long outOfReach, List<OutOfReach> reasons, Path file) {

    public ExportResult {
        reasons = List.copyOf(reasons);
    }
}
