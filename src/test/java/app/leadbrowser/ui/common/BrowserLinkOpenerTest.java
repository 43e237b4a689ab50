package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserLinkOpenerTest {
    private final List<String> opened = new ArrayList<>();
    private final BrowserLinkOpener links = new BrowserLinkOpener(opened::add, () -> true);

    @ParameterizedTest
    @ValueSource(strings = {"https://maps.example.com/?q=1,2", "http://maps.example.com/", "HTTPS://EXAMPLE.COM"})
    void opensWebLinksExactlyAsGiven(String url) {
        links.open(url);
        assertEquals(List.of(url), opened);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "file:///etc/passwd",
                "file://attacker/share/x",
                "javascript:alert(1)",
                "ms-settings:",
                "smb://host/share",
                " https://example.com",
                "https://example.com\n",
                "\u202ehttps://example.com",
                "https://user:pw@example.com/",
                "https:///no-host",
                "//example.com",
                ""
            })
    void refusesEverythingElse(String url) {
        links.open(url);
        links.open(null);
        assertEquals(List.of(), opened);
    }

    @Test
    void localFilesAreOpenedThroughTheirOwnDoor() {
        Path folder = Path.of("logs").toAbsolutePath();
        links.openLocal(folder);
        assertEquals(List.of(folder.toUri().toString()), opened);
    }

    @Test
    void saysSoWhenNoProgramOpensLinks() {
        BrowserLinkOpener noBrowser = new BrowserLinkOpener(opened::add, () -> false);
        assertThrows(BrowserLinkOpener.NoBrowserException.class, () -> noBrowser.open("https://maps.example.com/"));
        assertEquals(List.of(), opened);
    }
}
