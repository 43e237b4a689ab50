package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the real main window, headless, on a sandbox the class owns: started once per class with the
 * number of leads its {@link Leads} annotation asks for (the full demo workspace without one), and a fresh window
 * for each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowOnSandboxTest {
    protected static SandboxServer sandbox;
    protected AppContext context;

    /** How many leads the class's sandbox holds. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Leads {
        int value();
    }

    @BeforeAll
    static void startSandbox(TestInfo test) throws IOException {
        int leads = test.getTestClass()
                .map(type -> type.getAnnotation(Leads.class))
                .map(Leads::value)
                .orElse(SandboxOptions.defaults().leads());
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(leads));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** TestFX looks for {@code @Start} on the test class only, so the base class sets the stage up itself. */
    @BeforeEach
    void openWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> context = TestWindows.open(stage, sandbox));
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
    }
}
