package app.leadbrowser.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Keeps what was copied, for tests. */
public final class RecordingClipboard implements ClipboardService {
    private final List<String> copied = new ArrayList<>();

    @Override
    public void putText(String text) {
        copied.add(text);
    }

    /** The text copied last; null when nothing was. */
    public String last() {
        return copied.isEmpty() ? null : copied.get(copied.size() - 1);
    }
}
