package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel as a person uses it: intent methods over the robot, nodes looked up by id and style class. */
final class FilterPanelPage {
    private final FxRobot robot;

    FilterPanelPage(FxRobot robot) {
        this.robot = robot;
    }

    /**
     * Adds a row and fills it: the property as typed in the picker, the operator from its list, then the values
     * (text/number/count; a range's upper bound; or a date unit's name as the second value).
     */
    FilterPanelPage addCondition(String property, Operator operator, String... values) {
        robot.clickOn("#filterAdd");
        fill(row(rowCount() - 1), property, operator, values);
        return this;
    }

    /** "Add OR group", then fills the new group's row as {@link #addCondition} does. */
    FilterPanelPage addGroupWithCondition(String property, Operator operator, String... values) {
        robot.clickOn("#filterAddGroup");
        WaitForAsyncUtils.waitForFxEvents();
        int group = robot.lookup(".filter-group").queryAll().size() - 1;
        fill(robot.lookup("#filterGroup" + group + "Row0").query(), property, operator, values);
        return this;
    }

    private void fill(Node row, String property, Operator operator, String... values) {
        setProperty(robot.from(row).lookup(".filter-property").queryAs(TextField.class), property);
        chooseFromCombo(row.lookup(".filter-operator"), operator);
        if (values.length > 0) {
            typeInto(robot.from(row).lookup(".filter-value").queryAs(TextField.class), values[0]);
        }
        if (values.length > 1 && operator == Operator.RANGE) {
            typeInto(robot.from(row).lookup(".filter-value-to").queryAs(TextField.class), values[1]);
        } else if (values.length > 1) {
            chooseFromCombo(
                    row.lookup(".filter-unit"), DateUnit.fromWireName(values[1]).orElseThrow());
        }
    }

    /** Opens "History" and chooses entry {@code index} (0 = newest). */
    FilterPanelPage reapplyFromHistory(int index) {
        robot.clickOn("#filterHistory");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#filterHistoryItem" + index);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The texts of the history's entries, newest first (the menu is opened and closed). */
    List<String> historyTexts() {
        robot.clickOn("#filterHistory");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts =
                robot.lookup("#filterHistory").queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                        .filter(item -> item.getId() != null && item.getId().startsWith("filterHistoryItem"))
                        .map(javafx.scene.control.MenuItem::getText)
                        .toList();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return texts;
    }

    FilterPanelPage setProperty(int index, String property) {
        return setProperty(field(index, ".filter-property"), property);
    }

    private FilterPanelPage setProperty(TextField field, String property) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.eraseText(1);
        robot.write(property, 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    FilterPanelPage chooseOperator(int index, Operator operator) {
        chooseFromCombo(row(index).lookup(".filter-operator"), operator);
        return this;
    }

    /** Replaces the text of the row's value field ({@code .filter-value}) as typed. */
    FilterPanelPage typeValue(int index, String text) {
        typeInto(field(index, ".filter-value"), text);
        return this;
    }

    FilterPanelPage setJunction(Junction junction) {
        chooseFromCombo(robot.lookup("#filterJunction").query(), junction);
        return this;
    }

    FilterPanelPage apply() {
        robot.clickOn("#filterApply");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    FilterPanelPage pressCtrlEnter() {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    FilterPanelPage typeQuickSearch(String text) {
        robot.clickOn("#quickSearch").write(text, 0);
        return this;
    }

    FilterPanelPage clickRowButton(int index, String styleClass) {
        robot.clickOn(row(index).lookup(styleClass));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    FilterPanelPage moveWithKeyboard(int index, KeyCode direction) {
        robot.clickOn(field(index, ".filter-property"));
        robot.press(KeyCode.ALT).press(direction).release(direction).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens "Show JSON", reads the text, closes the dialog. */
    String showJson() {
        robot.clickOn("#filterShowJson");
        WaitForAsyncUtils.waitForFxEvents();
        String json = robot.lookup("#filterJsonText").queryAs(TextArea.class).getText();
        robot.clickOn("#filterJsonCopy");
        closeDialog(ButtonLabel.CLOSE);
        return json;
    }

    /** Pastes {@code json} in the "Paste JSON" dialog and loads it; returns the error shown (dialog then cancelled). */
    Optional<String> pasteJson(String json) {
        robot.clickOn("#filterPasteJson");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#filterPasteText").queryAs(TextArea.class);
        robot.interact(() -> text.setText(json)); // as a paste would: at once, not key by key
        robot.clickOn("#filterPasteLoad");
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> errors = robot.lookup("#filterPasteError").queryAllAs(Label.class).stream()
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String error = errors.get(0).getText();
        closeDialog(ButtonLabel.CANCEL);
        return Optional.of(error);
    }

    int rowCount() {
        return robot.lookup(".filter-row").queryAll().size();
    }

    /** Whether row {@code index} shows an error: the message under it and a marked field. */
    boolean errorShownFor(int index) {
        Label error = robot.from(row(index)).lookup(".filter-error").queryAs(Label.class);
        boolean marked =
                !robot.from(row(index)).lookup(".filter-invalid").queryAll().isEmpty();
        return error.isVisible() && !error.getText().isEmpty() && marked;
    }

    String errorFor(int index) {
        return robot.from(row(index))
                .lookup(".filter-error")
                .queryAs(Label.class)
                .getText();
    }

    boolean applyEnabled() {
        return !robot.lookup("#filterApply").queryAs(Button.class).isDisabled();
    }

    String propertyOf(int index) {
        return field(index, ".filter-property").getText();
    }

    private Node row(int index) {
        return robot.lookup("#filterRow" + index).query();
    }

    private TextField field(int index, String styleClass) {
        return robot.from(row(index)).lookup(styleClass).queryAs(TextField.class);
    }

    private void typeInto(TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        if (!field.getText().isEmpty()) {
            robot.eraseText(1);
        }
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> void chooseFromCombo(Node comboNode, T item) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = (ComboBox<T>) comboNode;
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<T> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(item)); // as the wheel would: long lists create cells only when seen
        Predicate<Node> isItem = n -> n instanceof ListCell<?> cell && item.equals(cell.getItem());
        Node cell =
                robot.lookup(".combo-box-popup .list-cell").match(isItem::test).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private enum ButtonLabel {
        CLOSE("Close"),
        CANCEL("Cancel");

        final String text;

        ButtonLabel(String text) {
            this.text = text;
        }
    }

    private void closeDialog(ButtonLabel label) {
        Node button = robot.lookup(".dialog-pane .button")
                .match((Node n) -> n instanceof Button b && b.getText().equals(label.text))
                .query();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
