package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.error.CancelledException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latest request wins: the one before is cancelled and its late answer dropped. */
class LatestRequestTest {
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final LatestRequest request = new LatestRequest(runner);
    private final List<String> delivered = new ArrayList<>();

    @Test
    void aNewRequestCancelsTheOneBeforeAndDropsItsLateAnswer() {
        request.run(() -> "first", delivered::add, failure -> delivered.add("failed"));
        request.run(() -> "second", delivered::add, failure -> delivered.add("failed"));

        assertTrue(runner.isCancelled(0));
        assertFalse(runner.isCancelled(1));
        runner.completeAll(); // the first answer was on its way already: delivered by the runner, dropped here
        assertEquals(List.of("second"), delivered);
    }

    @Test
    void aCancelledRequestDeliversNothing() {
        request.run(() -> "late", delivered::add, failure -> delivered.add("failed"));
        request.cancel();
        assertTrue(runner.isCancelled(0));
        runner.completeAll();
        assertEquals(List.of(), delivered);
    }

    @Test
    void aFailureIsDeliveredButACancellationIsNot() {
        request.<String>run(
                () -> {
                    throw new CancelledException();
                },
                delivered::add,
                failure -> delivered.add("cancelled"));
        request.<String>run(
                () -> {
                    throw new IllegalStateException("down");
                },
                delivered::add,
                failure -> delivered.add(failure.getMessage()));
        runner.completeAll();
        assertEquals(List.of("down"), delivered);
    }
}
