package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnError() {
        FxTaskRunner runner = new FxTaskRunner(1);
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        TaskRunner.RunningTask task = assertDoesNotThrow(() -> runner.run(
                () -> {
                    ran.set(true);
                    return 1;
                },
                result -> ran.set(true),
                failure -> ran.set(true)));

        assertDoesNotThrow(task::cancel);
        assertFalse(ran.get());
    }
}
