package app.leadbrowser.ui.common;

import java.util.ConcurrentModificationException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/** The one wait of the window tests: up to 10 s for a condition, then for the FX thread to settle. */
public final class FxWait {
    private static final int TIMEOUT_SECONDS = 10;

    private FxWait() {}

    /**
     * Waits for {@code condition}; a node not there yet (its View is built later) means "not yet", and so does a
     * lookup that the FX thread's changes to the scene graph cut short (the condition runs on the test's thread, and
     * a parent's children may shrink while {@code lookupAll} walks them): it is asked again.
     */
    public static void waitFor(Callable<Boolean> condition) {
        waitFor(condition, () -> "");
    }

    /** The same, saying {@code state} when it times out. */
    public static void waitFor(Callable<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (EmptyNodeQueryException | IndexOutOfBoundsException | ConcurrentModificationException notYet) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in " + TIMEOUT_SECONDS + " s " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
