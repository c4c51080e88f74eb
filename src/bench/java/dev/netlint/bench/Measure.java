package dev.netlint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Clocks, medians and the memory figures the children report. */
final class Measure {

    private Measure() {
    }

    /** Peak resident set size of this process so far, from {@code /proc/self/status} (VmHWM), in MiB. */
    static double peakRssMiB() {
        return procStatus("VmHWM:");
    }

    static double procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0; // kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return Double.NaN;
    }

    /** CPU time this process has used so far, all threads (JIT compilers and GC included), in milliseconds. */
    static double processCpuMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e6;
        }
        return Double.NaN;
    }

    /** Forgets the heap pools' peaks, so that {@link #peakHeapMiB} covers what follows. */
    static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak occupancy since the last reset (garbage included), in MiB. */
    static double peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** Milliseconds one call takes. */
    static double millis(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Median milliseconds of {@code call} once warm: runs it untimed for {@code warmupMillis}, then timed at least
     * {@code minRuns} times and until {@code minMillis} have passed (at most {@code maxRuns} times).
     */
    static double warmMedian(Callable<?> call, long warmupMillis, int minRuns, long minMillis, int maxRuns)
            throws Exception {
        long warmEnd = System.nanoTime() + warmupMillis * 1_000_000;
        int warmRuns = 0;
        while (System.nanoTime() < warmEnd || warmRuns < 2) {
            call.call();
            warmRuns++;
        }
        double[] times = new double[maxRuns];
        int runs = 0;
        long end = System.nanoTime() + minMillis * 1_000_000;
        while (runs < maxRuns && (runs < minRuns || System.nanoTime() < end)) {
            times[runs++] = millis(call);
        }
        return median(Arrays.copyOf(times, runs));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One machine-readable line a child prints and the driver parses: {@code RESULT key=value ...}. */
    static String result(Object... keyValues) {
        StringBuilder line = new StringBuilder("RESULT");
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            line.append(' ').append(keyValues[i]).append('=')
                    .append(value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value);
        }
        return line.toString();
    }
}
