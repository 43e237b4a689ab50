package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.logging.CrashHandler;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An exception no code catches on the FX thread: the window says so in its status bar (the trace goes to the log). */
@WindowOnSandboxTest.Leads(50)
class UncaughtFailureNoticeTest extends WindowOnSandboxTest {

    @Test
    void anExceptionOnTheFxThreadShowsANotice() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        CrashHandler.install();
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("nobody catches this");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.mainWindowViewModel()
                    .noticeProperty()
                    .get()
                    .startsWith("Something went wrong inside Lead Browser"));
            String notice = context.mainWindowViewModel().noticeProperty().get();
            assertTrue(!notice.contains("IllegalStateException") && !notice.contains("nobody catches"), notice);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
