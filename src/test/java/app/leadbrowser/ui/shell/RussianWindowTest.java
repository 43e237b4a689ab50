package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.LanguageChoice.Option;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window started in Russian: menus, the table's pages, the status bar, the filter and the card speak
 * Russian with Russian number forms; View → Язык → English with "Restart now" reopens it in English. JavaFX's own
 * texts follow the language chosen, not the system's.
 */
@ExtendWith(ApplicationExtension.class)
class RussianWindowTest {
    static SandboxServer sandbox;

    Stage stage;
    AppWindow window;
    Locale systemLocale;
    Locale systemFormat;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(1_500));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        systemLocale = Locale.getDefault();
        systemFormat = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            window.context().close();
            window.context().mainWindow().getRoot().getScene().getWindow().hide();
        });
        Texts.use(Locale.ENGLISH);
        Locale.setDefault(systemLocale);
        Locale.setDefault(Locale.Category.FORMAT, systemFormat);
    }

    @Test
    void theWindowSpeaksRussianAndSwitchesToEnglishWithTheCardStillOpen(FxRobot robot) {
        window = new AppWindow(
                LanguageChoice.inMemory(Locale.ENGLISH, Option.RUSSIAN), target -> TestWindows.open(target, sandbox));
        robot.interact(() -> window.open(stage));
        LeadTablePage table = new LeadTablePage(robot);
        FxWait.waitFor(() -> "1–20 из 1 500".equals(plainSpaces(table.rangeText())));

        MainWindowPage russian = new MainWindowPage(robot);
        assertEquals(List.of("Файл", "Вид", "Лиды", "Представления", "Пространство", "Справка"), russian.menuTitles());
        assertEquals("Стр. 1 из 75", label(robot, "#pageLabel"));
        assertEquals("Демо-пространство", russian.workspaceShown());
        assertEquals("1 500 лидов", plainSpaces(russian.total()));
        assertTrue(russian.loaded().startsWith("Загружено в "), russian.loaded());
        assertEquals("Lead Browser — Демо-пространство", stage.getTitle());
        assertEquals(
                "Применить",
                robot.lookup("#filterApply").queryAs(Button.class).getText().replace("_", ""));
        assertEquals("Условий нет: подходят все лиды.", label(robot, "#filterEmpty"));
        assertEquals("Выберите лида, чтобы увидеть его карточку", label(robot, "#cardStatus"));
        assertEquals("Имя", table.table().getColumns().get(1).getText());

        table.clickRow(0);
        FxWait.waitFor(() -> robot.lookup("#cardTitle").queryAs(Label.class).isVisible()
                && !label(robot, "#cardTitle").isEmpty());
        List<String> tabs = robot.lookup("#cardTabs").queryAs(TabPane.class).getTabs().stream()
                .map(Tab::getText)
                .toList();
        assertTrue(tabs.containsAll(List.of("Свойства", "События", "Сегменты", "Теги", "Заметки")), tabs::toString);

        String cardShown = label(robot, "#cardTitle");
        russian.openMenu("Вид").openMenu("Язык");
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Перезапустить сейчас",
                robot.lookup("#dialogYes").queryAs(Button.class).getText());
        AppContext russianContext = window.context();
        robot.clickOn("#dialogYes");
        FxWait.waitFor(() -> window.context() != russianContext);
        new LeadTablePage(robot).waitForRange("1–20 of 1,500");
        FxWait.waitFor(() -> cardShown.equals(label(robot, "#cardTitle")), () -> label(robot, "#cardTitle"));

        assertNotSame(russianContext, window.context());
        assertEquals(Locale.ENGLISH, Texts.locale());
        MainWindowPage english = new MainWindowPage(robot);
        assertEquals(List.of("File", "View", "Leads", "Views", "Workspace", "Help"), english.menuTitles());
        assertEquals("1,500 leads", english.total());
        assertTrue(
                window.context().mainWindow().getRoot().getScene().getWindow().isShowing());
        assertTrue(!stage.isShowing(), "the Russian window is gone");
    }

    @Test
    void javaFxsOwnTextsSpeakTheLanguageChosenAndTheFormatLocaleStaysTheSystems(FxRobot robot) {
        Locale.setDefault(Locale.GERMANY);
        window = new AppWindow(
                LanguageChoice.inMemory(Locale.GERMANY, Option.ENGLISH), target -> TestWindows.open(target, sandbox));
        robot.interact(() -> window.open(stage));
        new LeadTablePage(robot).waitForRange("1–20 of 1,500");

        // headless Monocle makes no menu request of a right click (a desktop does): the test sends it
        TextField search = robot.lookup("#quickSearch").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(() -> {
            Bounds screen = search.localToScreen(search.getBoundsInLocal());
            Event.fireEvent(
                    search,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            5,
                            5,
                            screen.getMinX() + 5,
                            screen.getMinY() + 5,
                            false,
                            new PickResult(search, 5, 5)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> menu = robot.lookup(".context-menu .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        robot.type(KeyCode.ESCAPE);

        assertTrue(menu.containsAll(List.of("Copy", "Paste", "Select All")), menu::toString);
        assertEquals(Locale.GERMANY, Locale.getDefault(Locale.Category.FORMAT));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** Russian groups digits with a no-break space. */
    private static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ');
    }
}
