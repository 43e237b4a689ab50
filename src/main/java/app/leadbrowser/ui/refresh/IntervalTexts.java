package app.leadbrowser.ui.refresh;

import app.leadbrowser.ui.common.Texts;
import java.time.Duration;

/** An auto-refresh interval as words: "30 s", "1 min", "5 min" ("Off" for zero). */
public final class IntervalTexts {
    private IntervalTexts() {}

    /** The menu's words for {@code interval}: "Off", "Every 30 s". */
    public static String menuText(Duration interval) {
        return interval.isZero() ? Texts.get("refresh.off") : Texts.get("refresh.every", of(interval));
    }

    public static String of(Duration interval) {
        if (interval.isZero()) {
            return Texts.get("refresh.off");
        }
        long seconds = interval.toSeconds();
        return seconds % 60 == 0 ? Texts.get("refresh.minutes", seconds / 60) : Texts.get("refresh.seconds", seconds);
    }
}
