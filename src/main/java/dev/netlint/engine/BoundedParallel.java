package dev.netlint.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per item, at most {@code threads} at a time, each task under its own time limit, and returns the
 * results in item order whatever order they finish in. A task over its limit is interrupted and abandoned (Java
 * cannot stop a thread): its thread stays busy, another thread takes over the remaining items, so one hostile input
 * can cost at most one core until the build ends, never the build itself.
 *
 * <p>The calling thread only watches the clock; workers take the items one after another themselves, on threads
 * kept between runs. A new thread per item cost 0.4 ms, more than linting a small model, and a hand-over per item
 * two thread wake-ups.
 */
final class BoundedParallel {

    /** The failure handed to {@code onFailure} for a task over its time limit. */
    static final class TimedOut extends RuntimeException {
        TimedOut(Duration limit) {
            super("over the time limit of " + limit.toSeconds() + " s", null, false, false);
        }
    }

    /** Deep enough for the deepest JSON the read limits let through, on every reader's recursion. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

    private static final int PENDING = 0;
    private static final int RUNNING = 1;
    private static final int SETTLED = 2;

    /**
     * Daemon threads shared by every run in the JVM, ended after 30 s idle. It grows to the most threads a run asks
     * for, and by one for every task abandoned on it, so a stuck thread never takes a worker away.
     */
    private static final ThreadPoolExecutor WORKERS = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(null, runnable, "netlint-worker-" + THREAD_COUNT.incrementAndGet(),
                        STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            });

    static {
        WORKERS.allowCoreThreadTimeOut(true);
    }

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
        Run<I, R> run = new Run<>(items, task, limit, onFailure);
        int workers = Math.min(threads, items.size());
        grow(workers, 0);
        for (int i = 0; i < workers; i++) {
            WORKERS.execute(run::work);
        }
        run.watch();
        return run.results();
    }

    /** At least {@code size} threads, plus {@code extra} more. */
    private static synchronized void grow(int size, int extra) {
        int target = Math.max(WORKERS.getCorePoolSize(), size) + extra;
        if (target > WORKERS.getMaximumPoolSize()) {
            WORKERS.setMaximumPoolSize(target);
        }
        if (target > WORKERS.getCorePoolSize()) {
            WORKERS.setCorePoolSize(target);
        }
    }

    /** One call of {@link #map}: the items, who runs which, and the results. */
    private static final class Run<I, R> {
        private final List<I> items;
        private final Function<I, R> task;
        private final Duration limit;
        private final BiFunction<I, Throwable, R> onFailure;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicIntegerArray states;
        private final AtomicLongArray started;
        private final AtomicReferenceArray<Thread> runners;
        private final AtomicReferenceArray<R> results;
        private final CountDownLatch open;

        Run(List<I> items, Function<I, R> task, Duration limit, BiFunction<I, Throwable, R> onFailure) {
            this.items = items;
            this.task = task;
            this.limit = limit;
            this.onFailure = onFailure;
            this.states = new AtomicIntegerArray(items.size());
            this.started = new AtomicLongArray(items.size());
            this.runners = new AtomicReferenceArray<>(items.size());
            this.results = new AtomicReferenceArray<>(items.size());
            this.open = new CountDownLatch(items.size());
        }

        /** A worker: takes the next item until none is left, or until the item it ran was given up on. */
        void work() {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                runners.set(i, Thread.currentThread());
                started.set(i, System.nanoTime());
                states.set(i, RUNNING);
                R result;
                try {
                    result = task.apply(items.get(i));
                } catch (Throwable e) { // an Error of one file (a stack overflow) stays with that file
                    result = onFailure.apply(items.get(i), e);
                }
                synchronized (this) {
                    runners.set(i, null); // from here on no interrupt is meant for this thread
                }
                Thread.interrupted(); // and one that came in time for this item must not reach the next
                if (!states.compareAndSet(i, RUNNING, SETTLED)) {
                    return; // given up on: another worker has taken this one's place
                }
                results.set(i, result);
                open.countDown();
            }
        }

        /** The calling thread: waits, and gives up on each task over its limit. */
        void watch() {
            try {
                long wait = limit.toNanos();
                while (!open.await(wait, TimeUnit.NANOSECONDS)) {
                    long now = System.nanoTime();
                    wait = limit.toNanos();
                    for (int i = 0; i < items.size(); i++) {
                        if (states.get(i) != RUNNING) {
                            continue;
                        }
                        long left = started.get(i) + limit.toNanos() - now;
                        if (left > 0) {
                            wait = Math.min(wait, left);
                        } else if (states.compareAndSet(i, RUNNING, SETTLED)) {
                            results.set(i, onFailure.apply(items.get(i), new TimedOut(limit)));
                            interrupt(i);
                            open.countDown();
                            grow(0, 1);
                            WORKERS.execute(this::work);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                for (int i = 0; i < items.size(); i++) {
                    if (states.getAndSet(i, SETTLED) != SETTLED) {
                        results.set(i, onFailure.apply(items.get(i), new TimedOut(limit)));
                        interrupt(i);
                    }
                }
                next.set(items.size()); // nothing more starts
            }
        }

        /** Interrupts the thread running item {@code i}, if it still is. */
        private synchronized void interrupt(int i) {
            Thread runner = runners.get(i);
            if (runner != null) {
                runner.interrupt();
            }
        }

        List<R> results() {
            List<R> ordered = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                ordered.add(results.get(i));
            }
            return ordered;
        }
    }
}
