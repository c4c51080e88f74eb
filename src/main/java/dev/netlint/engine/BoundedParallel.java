package dev.netlint.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per item on a fixed number of threads, each task under its own time limit, and returns the
 * results in item order whatever order they finish in. A task runs on a fresh daemon thread that its slot waits
 * for; a task over its limit is interrupted and abandoned (Java cannot stop a thread), its slot moves on, so one
 * hostile input can cost at most one core until the build ends, never the build itself.
 */
final class BoundedParallel {

    /** The failure handed to {@code onFailure} for a task over its time limit. */
    static final class TimedOut extends RuntimeException {
        TimedOut(Duration limit) {
            super("over the time limit of " + limit.toSeconds() + " s", null, false, false);
        }
    }

    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final AtomicInteger TASKS = new AtomicInteger();

    private BoundedParallel() {
    }

    /**
     * @param onFailure turns an item whose task threw anything (an {@link Error} included) or ran over the limit
     *                  ({@link TimedOut}) into its result
     */
    static <I, R> List<R> map(List<I> items, Function<I, R> task, int threads, Duration limit,
                              BiFunction<I, Throwable, R> onFailure) {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService slots = Executors.newFixedThreadPool(Math.min(threads, items.size()),
                daemons("netlint-slot-"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (I item : items) {
                futures.add(slots.submit(() -> bounded(item, task, limit, onFailure)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), items.get(i), onFailure));
            }
            return results;
        } finally {
            slots.shutdownNow();
        }
    }

    private static <I, R> R bounded(I item, Function<I, R> task, Duration limit,
                                    BiFunction<I, Throwable, R> onFailure) {
        FutureTask<R> run = new FutureTask<>(() -> task.apply(item));
        Thread worker = new Thread(null, run, "netlint-file-" + TASKS.incrementAndGet(), STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return run.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return onFailure.apply(item, new TimedOut(limit));
        } catch (ExecutionException e) {
            return onFailure.apply(item, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            return onFailure.apply(item, new TimedOut(limit));
        }
    }

    private static <I, R> R await(Future<R> future, I item, BiFunction<I, Throwable, R> onFailure) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return onFailure.apply(item, e.getCause() == null ? e : e.getCause());
        } catch (CancellationException e) {
            return onFailure.apply(item, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return onFailure.apply(item, e);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
