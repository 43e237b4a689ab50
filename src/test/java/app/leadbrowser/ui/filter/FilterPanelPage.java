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
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter panel as a person uses it: intent methods over the robot, nodes looked up by id and style class. A
 * condition is a chip ({@code #filterRow<i>}); its fields are in the editor ({@code #filterEditor}) a click on the
 * chip opens, which the methods close again (Escape) unless they say otherwise.
 */
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
        WaitForAsyncUtils.waitForFxEvents();
        fill(editor(), property, operator, values);
        return closeEditor();
    }

    /** "Add OR group", then fills the new group's row as {@link #addCondition} does. */
    FilterPanelPage addGroupWithCondition(String property, Operator operator, String... values) {
        robot.clickOn("#filterAddGroup");
        WaitForAsyncUtils.waitForFxEvents();
        fill(editor(), property, operator, values);
        return closeEditor();
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
        openMoreMenu();
        robot.clickOn(shownNode("#filterHistory"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(shownNode("#filterHistoryItem0")); // straight across, so that no other submenu opens on the way
        robot.clickOn(shownNode("#filterHistoryItem" + index));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The texts of the history's entries, newest first (the menu is opened and closed). */
    List<String> historyTexts() {
        javafx.scene.control.Menu history = robot.lookup("#filterMore").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "filterHistory".equals(item.getId()))
                .map(javafx.scene.control.Menu.class::cast)
                .findFirst()
                .orElseThrow();
        return history.getItems().stream()
                .filter(item -> item.getId() != null && item.getId().startsWith("filterHistoryItem"))
                .map(javafx.scene.control.MenuItem::getText)
                .toList();
    }

    private void openMoreMenu() {
        robot.clickOn("#filterMore");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node of a menu item on screen now (menus leave the nodes of their earlier showings behind). */
    private Node shownNode(String id) {
        return robot.lookup(id)
                .match((Node n) -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing()
                        && n.isVisible())
                .query();
    }

    private FilterPanelPage fromMoreMenu(String itemId) {
        openMoreMenu();
        robot.clickOn(shownNode(itemId));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    FilterPanelPage setProperty(int index, String property) {
        openEditor(index);
        setProperty(field(".filter-property"), property);
        return closeEditor();
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
        openEditor(index);
        chooseFromCombo(editor().lookup(".filter-operator"), operator);
        return closeEditor();
    }

    /** Replaces the text of the condition's value field ({@code .filter-value}) as typed; the editor stays open. */
    FilterPanelPage typeValue(int index, String text) {
        openEditor(index);
        typeInto(field(".filter-value"), text);
        return this;
    }

    /** Clicks condition {@code index}'s chip: its editor opens. */
    FilterPanelPage openEditor(int index) {
        robot.clickOn(robot.from(row(index)).lookup(".filter-chip-label").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Escape: the open editor closes, what was typed stays (marked as not applied). */
    FilterPanelPage closeEditor() {
        if (editorShown()) {
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return this;
    }

    boolean editorShown() {
        return robot.lookup("#filterEditor").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#filterEditor").query().getScene().getWindow().isShowing();
    }

    /** Enter in the open editor's value field: applies, and closes the editor when nothing is wrong. */
    FilterPanelPage pressEnterInValue() {
        robot.clickOn(field(".filter-value")).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The chips' texts of the first group, in order, e.g. "City = Berlin". */
    List<String> chipTexts() {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; robot.lookup("#filterRow" + i).tryQuery().isPresent(); i++) {
            texts.add(chipText(i));
        }
        return texts;
    }

    String chipText(int index) {
        return robot.from(row(index)).lookup(".filter-chip-label").queryButton().getText();
    }

    String applyText() {
        return robot.lookup("#filterApply").queryButton().getText().replace("_", "");
    }

    /** Clear all from the "⋯" menu. */
    FilterPanelPage clearAll() {
        return fromMoreMenu("#filterClear");
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

    /** Clicks the × of condition {@code index}'s chip. */
    FilterPanelPage removeWithChipButton(int index) {
        robot.clickOn(robot.from(row(index)).lookup(".filter-chip-remove").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Focuses condition {@code index}'s chip and presses {@code keys} (e.g. Ctrl+Shift+Up). */
    FilterPanelPage pressOnChip(int index, KeyCode... keys) {
        Button chip = robot.from(row(index)).lookup(".filter-chip-label").queryButton();
        robot.interact(chip::requestFocus);
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens "Show JSON", reads the text, closes the dialog. */
    String showJson() {
        fromMoreMenu("#filterShowJson");
        WaitForAsyncUtils.waitForFxEvents();
        String json = robot.lookup("#filterJsonText").queryAs(TextArea.class).getText();
        robot.clickOn("#filterJsonCopy");
        closeDialog(ButtonLabel.CLOSE);
        return json;
    }

    /** Pastes {@code json} in the "Paste JSON" dialog and loads it; returns the error shown (dialog then cancelled). */
    Optional<String> pasteJson(String json) {
        fromMoreMenu("#filterPasteJson");
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

    /** Whether condition {@code index}'s chip is marked as faulty. */
    boolean errorShownFor(int index) {
        return row(index).getStyleClass().contains("filter-invalid");
    }

    /** The error condition {@code index}'s editor shows (opened and closed again). */
    String errorFor(int index) {
        openEditor(index);
        Label error = editor().lookup(".filter-error") instanceof Label label ? label : null;
        String text = error != null && error.isVisible() ? error.getText() : "";
        closeEditor();
        return text;
    }

    /** Whether the open editor shows an error or marks a field. */
    boolean editorShowsError() {
        Label error = (Label) editor().lookup(".filter-error");
        return (error.isVisible() && !error.getText().isEmpty())
                || !robot.from(editor()).lookup(".filter-invalid").queryAll().isEmpty();
    }

    boolean applyEnabled() {
        return !robot.lookup("#filterApply").queryAs(Button.class).isDisabled();
    }

    /** The property condition {@code index}'s editor shows (opened and closed again). */
    String propertyOf(int index) {
        openEditor(index);
        String text = field(".filter-property").getText();
        closeEditor();
        return text;
    }

    private Node row(int index) {
        return robot.lookup("#filterRow" + index).query();
    }

    private Node editor() {
        return robot.lookup("#filterEditor").query();
    }

    private TextField field(String styleClass) {
        return robot.from(editor()).lookup(styleClass).queryAs(TextField.class);
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
