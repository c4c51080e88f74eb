package dev.netlint.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedParallelTest {

    @Test
    void resultsComeBackInItemOrderWhateverOrderTasksFinishIn() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<String> results = BoundedParallel.map(items, i -> {
            sleep((40 - i) % 7);
            return "r" + i;
        }, 4, Duration.ofSeconds(30), (i, e) -> "failed " + i);
        assertThat(results).isEqualTo(items.stream().map(i -> "r" + i).toList());
    }

    /** A task that never ends (and ignores interrupts) costs its time limit, not the run. */
    @Test
    void aTaskThatNeverEndsIsAbandonedAtItsLimitAndTheOthersStillRun() {
        long start = System.nanoTime();
        List<String> results = BoundedParallel.map(List.of("a", "hang", "b", "c"), item -> {
            if (item.equals("hang")) {
                spinForever();
            }
            return item;
        }, 1, Duration.ofMillis(300), (item, e) -> item + ": " + e.getClass().getSimpleName());
        assertThat(results).containsExactly("a", "hang: TimedOut", "b", "c");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    /** An abandoned task keeps its thread; later runs still get as many threads as they ask for. */
    @Test
    void abandonedTasksDoNotTakeThreadsFromLaterRuns() {
        for (int run = 0; run < 3; run++) {
            List<String> results = BoundedParallel.map(List.of("hang", "a"), item -> {
                if (item.equals("hang")) {
                    spinForever();
                }
                return item;
            }, 2, Duration.ofMillis(200), (item, e) -> item + ": " + e.getClass().getSimpleName());
            assertThat(results).containsExactly("hang: TimedOut", "a");
        }
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        List<String> together = BoundedParallel.map(List.of("x", "y"), item -> {
            both.countDown();
            try {
                // Each task waits for the other: this ends only if both run at the same time.
                return both.await(5, java.util.concurrent.TimeUnit.SECONDS) ? item : item + " alone";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, 2, Duration.ofSeconds(30), (item, e) -> item + ": " + e);
        assertThat(together).containsExactly("x", "y");
    }

    @Test
    void errorsAndExceptionsOfOneTaskStayWithItsItem() {
        List<String> results = BoundedParallel.map(List.of("ok", "deep", "bug"), item -> switch (item) {
            case "deep" -> throw new StackOverflowError("deep");
            case "bug" -> throw new IllegalStateException("bug");
            default -> item;
        }, 2, Duration.ofSeconds(30), (item, e) -> item + ": " + e.getClass().getSimpleName());
        assertThat(results).containsExactly("ok", "deep: StackOverflowError", "bug: IllegalStateException");
    }

    /** Lets the tasks that "never end" end once the tests are done, so they do not burn the test JVM's cores. */
    private static volatile boolean released;

    @org.junit.jupiter.api.AfterAll
    static void release() {
        released = true;
    }

    /** Spins, deaf to interrupts, until the tests are over. */
    private static void spinForever() {
        long x = 0;
        while (!released) {
            x = (x + 1) % 1_000_000;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
