package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.FxWait;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The history timeline in the card's Events tab, as a person scrolls it. */
public final class TimelinePage {
    private final FxRobot robot;

    public TimelinePage(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public ListView<TimelineEventViewModel> list() {
        return robot.lookup("#eventTimeline").queryAs(ListView.class);
    }

    public List<TimelineEventViewModel> events() {
        return List.copyOf(list().getItems());
    }

    public TimelinePage waitForEvents(int atLeast) {
        FxWait.waitFor(() -> list().getItems().size() >= atLeast);
        return this;
    }

    /** Goes to the last event shown, as End in the list does (the list scrolls to its end). */
    public TimelinePage scrollToEnd() {
        robot.clickOn(list()).press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String emptyText() {
        return robot.lookup("#timelineEmpty").queryAs(Label.class).getText();
    }
}
