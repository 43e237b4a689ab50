package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map link never fails without a word, and its address is always one copy away. */
class MapLinkViewModelTest {
    static final String URL = "https://maps.example.com/?q=Berlin";

    final SimpleStringProperty url = new SimpleStringProperty(URL);
    final SimpleBooleanProperty openable = new SimpleBooleanProperty(true);
    final RecordingClipboard clipboard = new RecordingClipboard();
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void aLinkSentToTheBrowserSaysSoAndHowToGoOnIfNothingOpened() {
        MapLinkViewModel link = new MapLinkViewModel(url, openable, opened::add, clipboard);
        link.open();
        assertEquals(List.of(URL), opened);
        assertEquals(
                "Sent to your browser. Nothing opened? Copy the link and paste it into a browser.",
                link.noticeProperty().get());
        assertFalse(link.failedProperty().get());
    }

    @Test
    void anOpenerThatRefusesIsReportedWithItsReason() {
        MapLinkViewModel link = new MapLinkViewModel(
                url,
                openable,
                address -> {
                    throw new UnsupportedOperationException("the desktop cannot open links");
                },
                clipboard);
        link.open();
        assertEquals(
                "The map could not be opened: the desktop cannot open links. Copy the link to open it yourself.",
                link.noticeProperty().get());
        assertTrue(link.failedProperty().get());

        link.copy();
        assertEquals(URL, clipboard.last());
        assertEquals("Link copied.", link.noticeProperty().get());
        assertFalse(link.failedProperty().get());
    }

    @Test
    void aLinkThatIsNotWebIsNeverOpenedAndANewLeadStartsWithoutANotice() {
        MapLinkViewModel link = new MapLinkViewModel(url, openable, opened::add, clipboard);
        link.open();
        url.set("javascript:alert(1)");
        openable.set(false);
        assertEquals("", link.noticeProperty().get());
        link.open();
        assertEquals(List.of(URL), opened);
        link.copy();
        assertEquals("javascript:alert(1)", clipboard.last());
    }
}
