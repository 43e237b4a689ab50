package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadTablePage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real main window against the demo sandbox, with a filter applied and a card open, and writes it as
 * a PNG. Runs only when asked: {@code mvn -q test -Dtest=ScreenshotTool -Dscreenshot=docs/screenshot-1280x720.png}; add
 * {@code -Dscreenshot.language=ru} for the Russian window, {@code -Dscreenshot.size=1920x1080} for another size
 * (1280x800 unless said).
 */
@EnabledIfSystemProperty(named = "screenshot", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTool {
    static SandboxServer sandbox;
    AppContext context;
    Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.use(Locale.forLanguageTag(System.getProperty("screenshot.language", "en")));
        Filter filter = Filter.and(
                Conditions.known("$email"),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                Conditions.number("$sessions", Operator.GT, 3));
        ViewState view = new ViewState(FilterJson.write(filter), "$last_seen", "desc", 20, List.of());
        // restored as from the settings, so the filter panel shows the conditions it applied
        String[] size = System.getProperty("screenshot.size", "1280x800").split("x");
        // the panes as a first start lays them out
        WindowState window = new WindowState(
                0,
                0,
                Integer.parseInt(size[0]),
                Integer.parseInt(size[1]),
                false,
                WindowState.defaults().dividers());
        context = TestWindows.open(stage, sandbox, Map.of(Workspace.DEMO_ID, view), window);
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void writeScreenshot(FxRobot robot) throws IOException {
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        table.clickRow(Math.min(2, table.ids().size() - 1));
        new LeadCardPage(robot).waitForLead(table.selectedId()).openTab(Texts.get("card.tab.notes"));
        robot.moveTo("#statusBar");
        WaitForAsyncUtils.waitForFxEvents();

        Image image = robot.capture(stage.getScene().getRoot()).getImage();
        Path target = Path.of(System.getProperty("screenshot"));
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        ImageIO.write(toBufferedImage(image), "png", target.toFile());
    }

    private static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }
}
