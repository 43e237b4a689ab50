package app.leadbrowser.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.palette.PaletteItem.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking and running of the command palette, without the toolkit. */
class PaletteViewModelTest {
    private final List<String> ran = new ArrayList<>();
    private final PaletteViewModel palette = new PaletteViewModel();

    private PaletteItem item(Kind kind, String title) {
        return new PaletteItem(kind, title, "", () -> ran.add(title));
    }

    private List<String> titles() {
        return palette.getResults().stream().map(PaletteItem::title).toList();
    }

    @Test
    void wordStartsAndPrefixesRankAboveScatteredLetters() {
        palette.addSource(() -> List.of(
                item(Kind.ACTION, "File › Refresh"),
                item(Kind.ACTION, "View › Online now"),
                item(Kind.ACTION, "Workspace › Manage workspaces…"),
                item(Kind.PROPERTY, "Add condition on Country")));
        palette.open();

        palette.queryProperty().set("on");
        assertEquals("View › Online now", titles().get(0));

        palette.queryProperty().set("ref");
        assertEquals(List.of("File › Refresh"), titles());

        palette.queryProperty().set("cond cou");
        assertEquals("Add condition on Country", titles().get(0));

        palette.queryProperty().set("xyz");
        assertEquals(List.of(), titles());
        assertEquals(-1, palette.selectedIndexProperty().get());
    }

    @Test
    void tiesGoToActionsBeforeOtherKindsAndThenToTheSourcesOrder() {
        palette.addSource(() -> List.of(item(Kind.RECENT_LEAD, "Berlin"), item(Kind.ACTION, "Berlin")));
        palette.open();
        palette.queryProperty().set("berlin");
        assertEquals(Kind.ACTION, palette.getResults().get(0).kind());
    }

    @Test
    void anEmptyQueryKeepsTheSourcesOrder() {
        palette.addSource(() -> List.of(item(Kind.RECENT_LEAD, "Zoe"), item(Kind.ACTION, "About")));
        palette.open();
        assertEquals(List.of("Zoe", "About"), titles());
    }

    @Test
    void sourcesAreAskedAgainOnEachOpenAndTheQueryStartsEmpty() {
        List<PaletteItem> recent = new ArrayList<>();
        palette.addSource(() -> List.copyOf(recent));
        palette.open();
        assertEquals(List.of(), titles());
        recent.add(item(Kind.RECENT_LEAD, "Anna Smith"));
        palette.queryProperty().set("anna");
        palette.open();
        assertEquals("", palette.queryProperty().get());
        assertEquals(List.of("Anna Smith"), titles());
    }

    @Test
    void enterRunsTheSelectedItemAndArrowsStayInTheList() {
        palette.addSource(() -> List.of(item(Kind.ACTION, "One"), item(Kind.ACTION, "Two")));
        palette.open();
        palette.moveSelection(-1);
        assertEquals(0, palette.selectedIndexProperty().get());
        palette.moveSelection(5);
        assertEquals(1, palette.selectedIndexProperty().get());
        assertTrue(palette.runSelected());
        assertEquals(List.of("Two"), ran);

        palette.queryProperty().set("nothing like it");
        assertFalse(palette.runSelected());
    }
}
