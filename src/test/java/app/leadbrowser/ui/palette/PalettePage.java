package app.leadbrowser.ui.palette;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The command palette as a person uses it: Ctrl+K, type, read the list, Enter. */
public final class PalettePage {
    private final FxRobot robot;

    public PalettePage(FxRobot robot) {
        this.robot = robot;
    }

    /** Presses Ctrl+K in the main window and waits for the palette. */
    public PalettePage open() {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitFor(this::isShown);
        return this;
    }

    public boolean isShown() {
        return robot.lookup("#paletteQuery")
                .tryQuery()
                .map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    /** Types {@code text} key by key into the palette's field, as a person would. */
    public PalettePage type(String text) {
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String query() {
        return robot.lookup("#paletteQuery").queryAs(TextField.class).getText();
    }

    /** Waits until the first result is a lead found in the workspace with this title (its name). */
    public PalettePage waitForFoundLeadFirst(String title) {
        try {
            waitFor(() -> !results().isEmpty()
                    && results().get(0).kind() == PaletteItem.Kind.FOUND_LEAD
                    && results().get(0).title().equals(title));
        } catch (AssertionError e) {
            throw new AssertionError(
                    "the palette lists "
                            + results().stream().map(PaletteItem::title).toList() + " (" + status() + "), not the lead "
                            + title + " first",
                    e);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<PaletteItem> results() {
        return List.copyOf(
                robot.lookup("#paletteResults").queryAs(ListView.class).getItems());
    }

    /** Searching, nothing found, or why the search failed; empty otherwise. */
    public String status() {
        return robot.lookup("#paletteStatus").queryAs(Label.class).getText();
    }

    public PalettePage enter() {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public PalettePage waitUntilClosed() {
        waitFor(() -> !isShown());
        return this;
    }
}
