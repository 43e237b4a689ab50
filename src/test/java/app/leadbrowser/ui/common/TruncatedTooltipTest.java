package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A label cut short shows its whole text on hover; one shown whole has no tooltip. */
@ExtendWith(ApplicationExtension.class)
class TruncatedTooltipTest {
    static final String LONG = "anna.katharina.schmidt-oberhauser@example-company.com";

    Label cut;
    Label whole;

    @Start
    void start(Stage stage) {
        cut = new Label(LONG); // made here: a control made before the toolkit started would fail
        whole = new Label("anna@x.io");
        cut.setId("cut");
        whole.setId("whole");
        cut.setMaxWidth(120);
        TruncatedTooltip.install(cut);
        TruncatedTooltip.install(whole);
        stage.setScene(new Scene(new VBox(8, cut, whole), 300, 120));
        stage.show();
    }

    @Test
    void theWholeTextShowsOnHoverOnlyWhenCutShort(FxRobot robot) {
        assertTrue(TruncatedTooltip.isTruncated(cut), "the skin shows an ellipsis");
        robot.moveTo("#cut");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LONG, cut.getTooltip().getText());

        robot.moveTo("#whole");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(whole.getTooltip());

        robot.interact(() -> cut.setText("short"));
        robot.moveTo("#whole").moveTo("#cut");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(cut.getTooltip(), "a text that fits: no tooltip");
    }
}
