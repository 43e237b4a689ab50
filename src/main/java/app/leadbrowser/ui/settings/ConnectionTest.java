package app.leadbrowser.ui.settings;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.TestState;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The workspace dialog's "Test connection": one list call (limit 1) with the editor's values in the background,
 * reported as the total of leads or the API's error. A new test or {@link #cancel()} drops the one in flight.
 */
final class ConnectionTest {
    private final TaskRunner runner;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<TestState> state = new ReadOnlyObjectWrapper<>(TestState.NONE);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final LatestRequest latest;

    /** @param changed called on the FX thread whenever the state changes */
    ConnectionTest(TaskRunner runner, Runnable changed) {
        this.runner = runner;
        this.latest = new LatestRequest(runner);
        this.changed = changed;
    }

    /** Tests {@code url} and {@code app} with the token {@code token} gives (asked in the background). */
    void start(String url, String app, Callable<String> token) {
        cancel();
        AtomicReference<ApiCall<?>> call = new AtomicReference<>();
        state.set(TestState.RUNNING);
        result.set(Texts.get("settings.connecting"));
        latest.run(
                (LatestRequest.Start<Long>) (onTotal, onFailure) -> {
                    RunningTask task = runner.run(() -> countLeads(url, app, token.call(), call), onTotal, onFailure);
                    return () -> {
                        ApiCall<?> inFlight = call.get();
                        if (inFlight != null) {
                            inFlight.cancel();
                        }
                        task.cancel();
                    };
                },
                total -> finished(TestState.SUCCEEDED, Texts.plural("settings.connected", total)),
                failure -> finished(TestState.FAILED, WorkspaceDialogViewModel.describe(failure)));
        changed.run();
    }

    /** Stops a running test (its result is dropped) and forgets the last outcome. */
    void cancel() {
        latest.cancel();
        state.set(TestState.NONE);
        result.set("");
        changed.run();
    }

    ReadOnlyObjectProperty<TestState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    private void finished(TestState outcome, String text) {
        state.set(outcome);
        result.set(text);
        changed.run();
    }

    // runs in the background
    private static long countLeads(String url, String app, String tokenValue, AtomicReference<ApiCall<?>> call)
            throws ApiException {
        ClientConfig config = ClientConfig.of(url, app, tokenValue);
        // one call, reported as it is: a retry would only make the user wait for the same answer
        try (DashlyClient client = new DashlyClient(config.withRetries(RetryPolicy.none(), config.sleeper()))) {
            ApiCall<Long> count =
                    client.listLeads(LeadQuery.defaults().withLimit(1)).map(page -> page.total());
            call.set(count);
            return count.execute();
        }
    }
}
