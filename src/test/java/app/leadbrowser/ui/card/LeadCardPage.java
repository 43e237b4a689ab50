package app.leadbrowser.ui.card;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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

    /** Waits up to 10 s for {@code condition}, then for the FX thread to settle. */
    public static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        waitFor(condition, () -> "");
    }

    /** The same, saying {@code state} when it times out. */
    public static void waitFor(
            java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the card did not get there in time " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
