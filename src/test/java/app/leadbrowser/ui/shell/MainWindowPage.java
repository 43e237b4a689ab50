package app.leadbrowser.ui.shell;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import app.leadbrowser.ui.settings.WorkspaceDialogPage;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's own parts as a user sees them: status bar, the workspace's failure screen, menus, panes. */
public final class MainWindowPage {
    private final FxRobot robot;

    public MainWindowPage(FxRobot robot) {
        this.robot = robot;
    }

    /** The workspace the status bar names. */
    public String workspaceShown() {
        return label("#statusWorkspace");
    }

    /** "300 leads" in the status bar; empty before the first page. */
    public String total() {
        return label("#statusTotal");
    }

    /** "Loaded at …" in the status bar. */
    public String loaded() {
        return label("#statusLoaded");
    }

    /** A lasting notice in the status bar (e.g. the settings could not be read); empty for none. */
    public String notice() {
        return label("#statusNotice");
    }

    /** Why the workspace could not be opened; empty when it opened. */
    public String connectError() {
        return label("#connectError");
    }

    /** Waits until a workspace failed to open and returns why. */
    public String waitForConnectError() {
        waitFor(() -> !connectError().isEmpty());
        return connectError();
    }

    public boolean canRetryConnect() {
        return robot.lookup("#connectRetryButton").query().isVisible();
    }

    /** Clicks *Retry* on the failure screen. */
    public MainWindowPage retryConnect() {
        return click("#connectRetryButton");
    }

    /** The failure screen's way back ("Back to Demo workspace"); empty when it offers none. */
    public String backText() {
        return robot.lookup("#connectBackButton").queryAs(Button.class).isVisible()
                ? robot.lookup("#connectBackButton").queryAs(Button.class).getText()
                : "";
    }

    /** Clicks *Back to …* on the failure screen. */
    public MainWindowPage goBack() {
        return click("#connectBackButton");
    }

    /** Clicks *Edit workspace…* on the failure screen, once the dialog shows. */
    public WorkspaceDialogPage editFailedWorkspace() {
        click("#connectEditButton");
        waitFor(() -> robot.lookup("#wsName").tryQuery().isPresent());
        return new WorkspaceDialogPage(robot);
    }

    /** True when the table pane holds no table (no workspace's rows are shown). */
    public boolean showsNoRows() {
        return robot.lookup("#tableSlot").queryAs(StackPane.class).getChildren().isEmpty();
    }

    /** Workspace → Manage workspaces…, once the dialog shows. */
    public WorkspaceDialogPage openWorkspaceDialog() {
        openMenu(workspaceMenuText()).click("#manageWorkspacesItem");
        waitFor(() -> robot.lookup("#wsName").tryQuery().isPresent());
        return new WorkspaceDialogPage(robot);
    }

    /** Workspace → the workspace of {@code workspaceId}. */
    public MainWindowPage chooseWorkspace(String workspaceId) {
        openMenu(workspaceMenuText());
        return click("#workspace-" + workspaceId);
    }

    /** Opens the menu bar's menu titled {@code text} (as shown, in the window's language). */
    public MainWindowPage openMenu(String text) {
        robot.clickOn(text);
        return this;
    }

    /** The menu bar's menus as titled, left to right. */
    public List<String> menuTitles() {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText)
                .toList();
    }

    /** Drags the split pane's dividers to {@code filter} and {@code card} (fractions of its width). */
    public MainWindowPage setDividers(double filter, double card) {
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(filter, card));
        return this;
    }

    /** True once the card's pane holds the card (it is built after the first rows). */
    public boolean hasCardPane() {
        return !robot.lookup("#cardSlot").queryAs(StackPane.class).getChildren().isEmpty();
    }

    private String workspaceMenuText() {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> menu.getItems().stream().anyMatch(item -> "manageWorkspacesItem".equals(item.getId())))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private MainWindowPage click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private String label(String id) {
        String text = robot.lookup(id).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
