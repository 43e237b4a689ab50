package app.leadbrowser.ui.refresh;

import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.settings.JsonFileStore;
import app.leadbrowser.settings.Preferences;
import app.leadbrowser.ui.common.Scheduler;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.ListingState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * Reloads the visible page of leads every so often, so that presence and "last seen" stay current (off by default).
 * The next reload is timed from the end of the last load, whoever asked for it, so at most one request is ever in
 * flight. It pauses while the window is hidden or iconified, and while loads fail (until one works again); when the
 * server limits the rate and says for how long ({@code Retry-After}), it waits at least that long.
 */
public final class AutoRefreshViewModel {
    /** The intervals offered; {@link Duration#ZERO} is off. */
    public static final List<Duration> INTERVALS =
            List.of(Duration.ZERO, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5));

    /** What auto-refresh is doing. */
    public enum State {
        OFF,
        WAITING,
        PAUSED_HIDDEN,
        PAUSED_FAILING,
        WAITING_FOR_RATE_LIMIT
    }

    private final Scheduler scheduler;

    private final ReadOnlyObjectWrapper<Duration> interval =
            new ReadOnlyObjectWrapper<>(this, "interval", Duration.ZERO);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");

    // change listeners, not invalidation ones: each load sets a new value, and each must be seen
    private final ChangeListener<Object> loadEnded = (obs, old, value) -> loadEnded();

    private ListingState listing;
    private boolean windowShown = true;
    private Scheduler.Scheduled next;
    private JsonFileStore<Preferences> store;

    public AutoRefreshViewModel(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Reloads every {@code value} from now on (one of {@link #INTERVALS}; zero turns it off) and keeps it. */
    public void setInterval(Duration value) {
        interval.set(value.isNegative() ? Duration.ZERO : value);
        if (store != null) {
            store.update(preferences ->
                    preferences.withAutoRefreshSeconds((int) interval.get().toSeconds()));
        }
        restart();
    }

    /** Reloads {@code visible}'s page from now on (the table of the workspace shown; null for none). */
    public void follow(ListingState visible) {
        if (listing != null) {
            listing.lastLoadedAtProperty().removeListener(loadEnded);
            listing.lastFailureProperty().removeListener(loadEnded);
        }
        listing = visible;
        if (listing != null) {
            listing.lastLoadedAtProperty().addListener(loadEnded);
            listing.lastFailureProperty().addListener(loadEnded);
        }
        restart();
    }

    /** Whether the window can be seen (shown and not iconified); nothing is reloaded while it cannot. */
    public void setWindowShown(boolean shown) {
        if (shown != windowShown) {
            windowShown = shown;
            restart();
        }
    }

    /** Takes the kept interval from {@code preferences}, and keeps later choices there. */
    public void attach(JsonFileStore<Preferences> preferences) {
        store = preferences;
        Duration kept = Duration.ofSeconds(preferences.current().autoRefreshSeconds());
        interval.set(INTERVALS.contains(kept) ? kept : Duration.ZERO);
        restart();
    }

    // ---- timing ----------------------------------------------------------------------------------------------

    /** Decides again what to do now, from the interval, the window and the last load's outcome. */
    private void restart() {
        cancelNext();
        if (interval.get().isZero() || listing == null) {
            show(State.OFF, "");
        } else if (!windowShown) {
            show(State.PAUSED_HIDDEN, Texts.get("refresh.status.hidden"));
        } else if (listing.isLoading()) {
            waiting(); // the load in flight restarts the timer when it ends
        } else if (listing.lastFailureProperty().get() != null) {
            afterFailure(listing.lastFailureProperty().get());
        } else {
            waitFor(interval.get());
        }
    }

    private void loadEnded() {
        if (listing.isLoading()) {
            return; // a new load has begun; its end decides
        }
        restart();
    }

    private void afterFailure(Throwable failure) {
        Optional<Duration> retryAfter =
                failure instanceof RateLimitedException limited ? limited.retryAfter() : Optional.empty();
        if (retryAfter.isEmpty()) {
            show(State.PAUSED_FAILING, Texts.get("refresh.status.failing"));
            return;
        }
        Duration wait = retryAfter.get().compareTo(interval.get()) > 0 ? retryAfter.get() : interval.get();
        next = scheduler.schedule(wait, this::tick);
        show(State.WAITING_FOR_RATE_LIMIT, Texts.get("refresh.status.rateLimited", wait.toSeconds()));
    }

    private void waitFor(Duration delay) {
        next = scheduler.schedule(delay, this::tick);
        waiting();
    }

    private void waiting() {
        show(State.WAITING, Texts.get("refresh.status.every", IntervalTexts.of(interval.get())));
    }

    private void tick() {
        next = null;
        if (listing == null || !windowShown || interval.get().isZero()) {
            return;
        }
        if (listing.isLoading()) {
            return; // never a second request: the one in flight restarts the timer
        }
        listing.refresh();
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private void show(State value, String text) {
        state.set(value);
        statusText.set(text);
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** How often the page is reloaded; zero when off. */
    public ReadOnlyObjectProperty<Duration> intervalProperty() {
        return interval.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** A line for the status bar ("Auto-refresh every 30 s", "… paused: …"); empty when off. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
