package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The lead's map link: opening it never fails without a word. The system cannot always tell whether a browser
 * opened, so after a click the card says the link went to the browser and offers to copy it; when the opener
 * refuses (no browser, a link it will not open) the card says why, as a warning. The address is always one copy
 * away, and a new lead's link starts without a notice.
 */
public final class MapLinkViewModel {
    private final ObservableStringValue url;
    private final ObservableBooleanValue openable;
    private final LinkOpener links;
    private final ClipboardService clipboard;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    /**
     * @param url the link, empty when the lead has none
     * @param openable whether the link may go to the browser (http or https)
     */
    public MapLinkViewModel(
            ObservableStringValue url, ObservableBooleanValue openable, LinkOpener links, ClipboardService clipboard) {
        this.url = url;
        this.openable = openable;
        this.links = links;
        this.clipboard = clipboard;
        url.addListener((obs, old, now) -> say("", false));
    }

    /** Hands the link to the browser, then says so, or says why it could not. */
    public void open() {
        if (!openable.get()) {
            return;
        }
        try {
            links.open(url.get());
            say(Texts.get("card.map.sent"), false);
        } catch (RuntimeException refused) {
            String reason = refused.getMessage() == null ? "" : refused.getMessage();
            say(Texts.get("card.map.failed", reason.isBlank() ? Texts.get("card.map.noBrowser") : reason), true);
        }
    }

    /** Puts the link's address on the clipboard. */
    public void copy() {
        if (!url.get().isEmpty()) {
            clipboard.putText(url.get());
            say(Texts.get("card.map.copied"), false);
        }
    }

    private void say(String text, boolean failure) {
        notice.set(text);
        failed.set(failure);
    }

    /** What the last click did: sent to the browser, refused and why, or copied; empty before any. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the notice is a refusal (shown as a warning). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
