package app.leadbrowser.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.SceneHelper;
import java.util.function.LongConsumer;
import javafx.scene.Scene;

/**
 * When a frame of a scene has been painted: JavaFX's render thread reports each frame it has rendered and put on
 * the screen to the scene's {@link PerformanceTracker}. Internal JavaFX API, which the benchmark can reach because
 * it runs JavaFX from the class path; the app does not use it.
 */
final class RenderedFrames {
    private final Scene scene;
    private volatile LongConsumer waiting;

    RenderedFrames(Scene scene) {
        this.scene = scene;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
    }

    /**
     * From a pulse listener on the FX thread: calls {@code painted} on the render thread with the time its frame of
     * this pulse was finished. The frames of earlier pulses are waited for first (the pulse does that anyway before
     * it copies the scene to the render graph), so the next frame reported is this pulse's.
     */
    void afterTheFrameOfThisPulse(LongConsumer painted) {
        SceneHelper.getPeer(scene).waitForRenderingToComplete();
        waiting = painted;
    }

    private void frameRendered() {
        long now = System.nanoTime();
        LongConsumer painted = waiting;
        if (painted != null) {
            waiting = null;
            painted.accept(now);
        }
    }
}
