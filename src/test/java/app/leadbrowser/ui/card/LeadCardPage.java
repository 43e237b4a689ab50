package app.leadbrowser.ui.card;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The lead card as a person reads it: header texts and each tab's content, looked up by id. */
public final class LeadCardPage {
    private final FxRobot robot;

    public LeadCardPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits until the card shows the lead with this id. */
    public LeadCardPage waitForLead(String id) {
        waitFor(() ->
                id.equals(text("#cardId")) && robot.lookup("#cardTabs").query().isVisible());
        return this;
    }

    public LeadCardPage waitForError() {
        waitFor(() -> !text("#cardError").isEmpty());
        return this;
    }

    public String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    public String title() {
        return text("#cardTitle");
    }

    public String email() {
        return text("#cardEmail");
    }

    public boolean removedBadgeShown() {
        Node badge = robot.lookup("#removedBadge").query();
        return badge.isVisible();
    }

    /** Opens the tab with this title. */
    public LeadCardPage openTab(String title) {
        TabPane tabs = robot.lookup("#cardTabs").queryAs(TabPane.class);
        robot.clickOn(robot.lookup("#cardTabs .tab-label")
                .match((Label label) -> title.equals(label.getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        if (!tabs.getSelectionModel().getSelectedItem().getText().equals(title)) {
            throw new AssertionError("tab " + title + " did not open");
        }
        return this;
    }

    public LeadCardPage searchProperties(String text) {
        robot.clickOn("#propertySearch").write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<String> propertyNames() {
        TableView<PropertyRowViewModel> table = robot.lookup("#propertiesTable").queryAs(TableView.class);
        return table.getItems().stream().map(PropertyRowViewModel::name).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    public List<EventRowViewModel> events() {
        return List.copyOf(robot.lookup("#eventsTable").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    public List<String> segments() {
        return List.copyOf(robot.lookup("#segmentsList").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    public List<String> tags() {
        return List.copyOf(robot.lookup("#tagsList").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    public List<NoteViewModel> notes() {
        return List.copyOf(robot.lookup("#notesList").queryAs(ListView.class).getItems());
    }

    /** The placeholder a list shows when empty, e.g. "No notes". */
    @SuppressWarnings("unchecked")
    public String placeholderOf(String listId) {
        ListView<?> list = robot.lookup(listId).queryAs(ListView.class);
        return list.getItems().isEmpty() ? ((Label) list.getPlaceholder()).getText() : "";
    }

    // ---- walking the list and "why?" --------------------------------------------------------------------------

    /** Alt+Down: the next lead of the list. */
    public LeadCardPage nextWithKeyboard() {
        return pressWithAlt(KeyCode.DOWN);
    }

    /** Alt+Up: the previous lead of the list. */
    public LeadCardPage previousWithKeyboard() {
        return pressWithAlt(KeyCode.UP);
    }

    public LeadCardPage clickNext() {
        return click("#nextLeadButton");
    }

    public LeadCardPage clickPrevious() {
        return click("#previousLeadButton");
    }

    public LeadCardPage refresh() {
        return click("#refreshCardButton");
    }

    /** E.g. "Lead 57 of 1,204". */
    public String position() {
        return text("#leadPosition");
    }

    /** Why the last step did not move; "" when none is shown. */
    public String walkMessage() {
        Node message = robot.lookup("#walkMessage").query();
        return message.isVisible() ? ((Label) message).getText() : "";
    }

    /** E.g. "Card as of 14:33". */
    public String asOf() {
        return text("#cardAsOf");
    }

    /** Opens the "Why is this lead (not) in the list?" section by clicking its title. */
    public LeadCardPage openWhy() {
        TitledPane pane = robot.lookup("#whyPane").queryAs(TitledPane.class);
        if (!pane.isExpanded()) {
            robot.clickOn(robot.lookup("#whyPane .title").queryAs(Node.class));
            waitFor(() -> pane.isExpanded() && pane.getContent().isVisible());
        }
        return this;
    }

    public String whyVerdict() {
        return text("#whyVerdict");
    }

    /** Each condition as the section shows it: "✓ " or "✗ " and its sentence. */
    public List<String> whyConditions() {
        VBox lines = robot.lookup("#whyConditions").queryAs(VBox.class);
        return lines.getChildren().stream()
                .map(line -> ((HBox) line)
                        .getChildren().stream()
                                .map(label -> ((Label) label).getText())
                                .collect(Collectors.joining(" ")))
                .collect(Collectors.toList());
    }

    /** The note that the list may be behind the card; "" when none is shown. */
    public String whyLagNote() {
        return robot.lookup("#whyLagNote").query().getParent().isVisible() ? text("#whyLagNote") : "";
    }

    private LeadCardPage pressWithAlt(KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private LeadCardPage click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
