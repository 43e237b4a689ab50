package app.leadbrowser.ui.card;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.AppContext;
import app.leadbrowser.ui.shell.FilterPanelSlot;
import app.leadbrowser.ui.shell.WorkspaceConnector;
import java.io.IOException;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Open map" on a machine without a browser: the card says so and the link is one click from the clipboard. */
@ExtendWith(ApplicationExtension.class)
class MapLinkWindowTest {
    static SandboxServer sandbox;
    AppContext context;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(300));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        WorkspaceConnector connector =
                workspace -> new WorkspaceConnector.Connection(workspace, SandboxClients.withoutRetries(sandbox), null);
        context = new AppContext(
                connector,
                url -> {
                    throw new IllegalStateException(""); // as an opener that finds no browser
                },
                FilterPanelSlot::create);
        context.mainWindow().show(stage, new WindowState(0, 0, 1280, 800, false, List.of(0.2, 0.66)));
        context.start(Workspace.demo());
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
    }

    @Test
    void withoutABrowserTheCardSaysSoAndOffersToCopyTheLink(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        List<String> ids = table.ids();
        int row = 0;
        while (sandbox.workspace().lead(ids.get(row)).map(Lead::mapUrl).isEmpty()) {
            row++;
        }
        String url = sandbox.workspace().lead(ids.get(row)).orElseThrow().mapUrl();
        table.clickRow(row);
        new LeadCardPage(robot).waitForLead(ids.get(row));

        Hyperlink open = robot.lookup("#openMapLink").queryAs(Hyperlink.class);
        assertEquals(url, open.getTooltip().getText(), "the link shows its address on hover");
        Label notice = robot.lookup("#mapLinkNotice").queryAs(Label.class);
        assertTrue(!notice.isVisible());

        robot.clickOn(open);
        waitFor(notice::isVisible);
        assertEquals(
                "The map could not be opened: no browser was found. Copy the link to open it yourself.",
                notice.getText());

        robot.clickOn("#copyMapLinkButton");
        waitFor(() -> url.equals(readClipboard(robot)));
        assertEquals("Link copied.", notice.getText());
    }

    private static String readClipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
