package app.leadbrowser.ui.conversations;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The card's Conversations tab as a person uses it (open the tab with {@code LeadCardPage.openTab}). */
final class ConversationsTabPage {
    private final FxRobot robot;

    ConversationsTabPage(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    ListView<ConversationRowViewModel> list() {
        return robot.lookup("#conversationsList").queryAs(ListView.class);
    }

    List<String> ids() {
        return list().getItems().stream().map(ConversationRowViewModel::id).toList();
    }

    ConversationsTabPage waitForCount(int count) {
        waitFor(() -> list().getItems().size() == count
                && !robot.lookup("#conversationsProgress").query().isVisible());
        return this;
    }

    /** Goes to the last conversation listed with the keyboard, which scrolls the list to its end. */
    ConversationsTabPage scrollToTheEnd() {
        robot.clickOn(list());
        robot.press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** What the empty list says. */
    String placeholder() {
        return robot.lookup("#conversationsPlaceholder").queryAs(Label.class).getText();
    }
}
