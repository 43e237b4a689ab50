package app.leadbrowser.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+K in the real window: the palette finds a recent lead, a menu action and a property by a few letters. */
@WindowOnSandboxTest.Leads(300)
class PaletteWindowTest extends WindowOnSandboxTest {

    private static void open(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#paletteQuery").tryQuery().isPresent(), "the palette opened");
    }

    private static void type(FxRobot robot, String text) {
        robot.interact(
                () -> robot.lookup("#paletteQuery").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<PaletteItem> results(FxRobot robot) {
        return List.copyOf(
                robot.lookup("#paletteResults").queryAs(ListView.class).getItems());
    }

    @Test
    void aRecentLeadOpensFromThePalette(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        LeadCardPage card = new LeadCardPage(robot);
        table.clickRow(3);
        String recent = table.ids().get(3);
        card.waitForLead(recent);
        String name = card.title();
        table.clickRow(0);
        card.waitForLead(table.ids().get(0));

        open(robot);
        type(robot, name);
        PaletteItem first = results(robot).get(0);
        assertTrue(first.title().contains(name), first.title());
        robot.type(KeyCode.ENTER);

        card.waitForLead(recent);
    }

    @Test
    void menuActionsAndPropertiesAreFoundByAFewLetters(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        open(robot);
        type(robot, "online now");
        assertEquals(PaletteItem.Kind.ACTION, results(robot).get(0).kind());
        assertTrue(
                results(robot).get(0).title().contains("Online now"),
                results(robot).get(0).title());
        assertEquals("Ctrl+Shift+O", results(robot).get(0).detail());

        type(robot, "condition city");
        PaletteItem city = results(robot).get(0);
        assertEquals(PaletteItem.Kind.PROPERTY, city.kind());
        assertEquals("$city", city.detail());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "City",
                robot.lookup(".filter-property").queryAllAs(TextField.class).stream()
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .getText());
    }
}
