package dev.netlint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One case in a fresh JVM: the first {@code lint} call (class loading and JIT included), then the process's peak
 * resident memory and the peak heap occupancy during the call.
 *
 * <p>Usage: {@code ColdNetlint FILE_LIST THREADS}, FILE_LIST holding one model path a line.
 */
public final class ColdNetlint {

    private ColdNetlint() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of)
                .toList();
        int threads = Integer.parseInt(args[1]);
        var inputs = NetlintLint.inputs(files);
        System.gc();
        Measure.resetHeapPeaks();
        double cpuBefore = Measure.processCpuMs();
        long start = System.nanoTime();
        int layers = NetlintLint.lint(inputs, threads);
        double millis = (System.nanoTime() - start) / 1e6;
        double cpu = Measure.processCpuMs() - cpuBefore;
        System.out.println(Measure.result("coldMs", millis, "heapMiB", Measure.peakHeapMiB(),
                "rssMiB", Measure.peakRssMiB(), "layers", layers, "cpuMs", cpu,
                "jvmMs", (double) java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()));
    }
}
