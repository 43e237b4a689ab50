package app.leadbrowser.ui.open;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import app.leadbrowser.client.model.LeadSummary;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The "Open lead" box as a person uses it: Ctrl+L, an id or User ID, Enter; or a recent lead. */
public final class OpenLeadPage {
    private final FxRobot robot;

    public OpenLeadPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Presses Ctrl+L in the main window and waits for the box. */
    public OpenLeadPage open() {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(this::isShown);
        return this;
    }

    public boolean isShown() {
        return robot.lookup("#openLeadBox").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Types {@code text} into the (focused) field and presses Enter. */
    public OpenLeadPage find(String text) {
        TextField field = robot.lookup("#openLeadField").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text, 0).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public OpenLeadPage waitForMessage(String expected) {
        try {
            waitFor(() -> isShown() && expected.equals(message()));
        } catch (AssertionError e) {
            throw new AssertionError("the box says \"" + message() + "\", not \"" + expected + "\"", e);
        }
        return this;
    }

    public OpenLeadPage waitUntilClosed() {
        try {
            waitFor(() -> !isShown());
        } catch (AssertionError e) {
            throw new AssertionError("the box is still open, saying \"" + message() + "\"", e);
        }
        return this;
    }

    /** Types {@code text} into the field key by key, without Enter. */
    public OpenLeadPage type(String text) {
        robot.clickOn(robot.lookup("#openLeadField").queryAs(TextField.class)).write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Waits until the leads found as one types start with the lead {@code id}. */
    @SuppressWarnings("unchecked")
    public OpenLeadPage waitForFound(String id) {
        ListView<LeadSummary> list = robot.lookup("#foundLeadsList").queryAs(ListView.class);
        try {
            waitFor(() -> list.isVisible()
                    && !list.getItems().isEmpty()
                    && list.getItems().get(0).id().equals(id));
        } catch (AssertionError e) {
            TextField field = robot.lookup("#openLeadField").queryAs(TextField.class);
            throw new AssertionError(
                    "for “" + field.getText() + "” the box lists "
                            + list.getItems().stream().map(LeadSummary::id).toList() + ", not " + id + " first",
                    e);
        }
        return this;
    }

    public OpenLeadPage enter() {
        return press(KeyCode.ENTER);
    }

    public String message() {
        return robot.lookup("#openLeadMessage").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    public List<String> recentIds() {
        ListView<RecentLead> list = robot.lookup("#recentLeadsList").queryAs(ListView.class);
        return list.getItems().stream().map(RecentLead::id).toList();
    }

    public OpenLeadPage press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
