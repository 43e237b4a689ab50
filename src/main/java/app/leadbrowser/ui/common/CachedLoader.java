package app.leadbrowser.ui.common;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads values by key with "the latest request wins" ({@link LatestRequest}), keeps the last few in a cache (least
 * recently used out) with when each came from the server, and can fetch one key ahead ({@link #prefetch}). A load
 * of the key being prefetched waits for that prefetch instead of asking again, and a failed prefetch the user
 * waits for is reported, not asked again: the client's own retries are all the tries one action gets. Use on the
 * UI thread.
 */
public final class CachedLoader<K, V> {
    /** Makes the request for a key; throws when the request cannot be sent (e.g. it breaks a rule of the API). */
    @FunctionalInterface
    public interface Fetch<K, V> {
        ApiCall<V> call(K key) throws ApiException;
    }

    /** Blocking work for one key, run in the background; {@link #cancel()} stops it from the UI thread. */
    public interface Job<V> extends Callable<V> {
        void cancel();
    }

    /** Makes the work for a key; throws when it cannot be started (e.g. it breaks a rule of the API). */
    @FunctionalInterface
    public interface Jobs<K, V> {
        Job<V> job(K key) throws ApiException;
    }

    private final TaskRunner runner;
    private final Jobs<K, V> jobs;
    private final Supplier<Instant> clock;
    private final LatestRequest load;
    private final Map<K, Cached<V>> cache;

    private K prefetching;
    private RunningTask prefetch;
    private Waiting<V> waiting;

    public CachedLoader(TaskRunner runner, Fetch<K, V> fetch, int capacity, Supplier<Instant> clock) {
        this(runner, (Jobs<K, V>) key -> jobOf(fetch.call(key)), capacity, clock);
    }

    /** A loader whose values are worked out by blocking work (several requests, say) rather than one call. */
    public static <K, V> CachedLoader<K, V> ofJobs(
            TaskRunner runner, Jobs<K, V> jobs, int capacity, Supplier<Instant> clock) {
        return new CachedLoader<>(runner, jobs, capacity, clock);
    }

    private CachedLoader(TaskRunner runner, Jobs<K, V> jobs, int capacity, Supplier<Instant> clock) {
        this.runner = runner;
        this.jobs = jobs;
        this.clock = clock;
        this.load = new LatestRequest(runner);
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Cached<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Delivers {@code key}'s value: from the cache at once (before this returns), else from the prefetch of that
     * key when it lands, else from the server. Any load before is cancelled; a prefetch of another key too.
     */
    public void load(K key, Consumer<V> onValue, Consumer<Throwable> onFailure) {
        cancel();
        Cached<V> cached = cache.get(key);
        if (cached != null) {
            onValue.accept(cached.value());
            return;
        }
        if (key.equals(prefetching)) {
            waiting = new Waiting<>(onValue, onFailure);
            return;
        }
        cancelPrefetch();
        Job<V> job;
        try {
            job = jobs.job(key);
        } catch (ApiException notSent) {
            load.run(
                    () -> {
                        throw notSent;
                    },
                    onValue,
                    onFailure);
            return;
        }
        load.run(
                (LatestRequest.Start<V>) (success, failure) -> start(job, success, failure),
                value -> {
                    remember(key, value);
                    onValue.accept(value);
                },
                onFailure);
    }

    /** Fetches {@code key} into the cache in the background, in place of a prefetch of another key. */
    public void prefetch(K key) {
        if (key.equals(prefetching)) {
            return;
        }
        cancelPrefetch();
        if (cache.containsKey(key)) {
            return;
        }
        Job<V> job;
        try {
            job = jobs.job(key);
        } catch (ApiException notSent) {
            return;
        }
        prefetching = key;
        prefetch = start(
                job,
                value -> {
                    if (key.equals(prefetching)) {
                        remember(key, value);
                        endPrefetch().ifPresent(awaited -> awaited.onValue().accept(value));
                    }
                },
                failure -> {
                    if (key.equals(prefetching) && !(failure instanceof CancelledException)) {
                        endPrefetch().ifPresent(awaited -> awaited.onFailure().accept(failure));
                    }
                });
    }

    /** Stops the load running, and the prefetch when that load waits for it. */
    public void cancel() {
        load.cancel();
        if (waiting != null) {
            waiting = null;
            cancelPrefetch();
        }
    }

    /** Stops a prefetch running, if any. */
    public void cancelPrefetch() {
        RunningTask running = prefetch;
        endPrefetch();
        if (running != null) {
            running.cancel();
        }
    }

    /** Whether {@code key}'s value is in the cache. */
    public boolean isCached(K key) {
        return cache.containsKey(key);
    }

    /** When {@code key}'s cached value came from the server. */
    public Optional<Instant> fetchedAt(K key) {
        Cached<V> cached = cache.get(key);
        return cached == null ? Optional.empty() : Optional.of(cached.fetchedAt());
    }

    /** Drops {@code key}'s cached value and stops its prefetch: its next load asks the server. */
    public void forget(K key) {
        cache.remove(key);
        if (Objects.equals(key, prefetching)) {
            cancelPrefetch();
        }
    }

    /** Drops every cached value and stops the prefetch. */
    public void clear() {
        cache.clear();
        cancelPrefetch();
    }

    private RunningTask start(Job<V> job, Consumer<V> onValue, Consumer<Throwable> onFailure) {
        RunningTask task = runner.run((Callable<V>) job, onValue, onFailure);
        return () -> {
            job.cancel();
            task.cancel();
        };
    }

    private static <V> Job<V> jobOf(ApiCall<V> call) {
        return new Job<>() {
            @Override
            public V call() throws ApiException {
                return call.execute();
            }

            @Override
            public void cancel() {
                call.cancel();
            }
        };
    }

    private void remember(K key, V value) {
        cache.put(key, new Cached<>(value, clock.get()));
    }

    private Optional<Waiting<V>> endPrefetch() {
        Waiting<V> awaited = waiting;
        prefetching = null;
        prefetch = null;
        waiting = null;
        return Optional.ofNullable(awaited);
    }

    private record Cached<V>(V value, Instant fetchedAt) {}

    private record Waiting<V>(Consumer<V> onValue, Consumer<Throwable> onFailure) {}
}
