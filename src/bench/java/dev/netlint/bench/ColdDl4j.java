package dev.netlint.bench;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The DL4J way of checking a configuration, in a fresh JVM with the ND4J CPU backend: for each file,
 * {@code fromJson} and then {@code new MultiLayerNetwork(conf).init()} or {@code new ComputationGraph(conf).init()}.
 * Reports the first pass (cold: backend start-up, class loading, JIT) with the peak resident memory right after it,
 * then the median of {@code WARM_RUNS} further passes in the same JVM.
 *
 * <p>Usage: {@code ColdDl4j FILE_LIST WARM_RUNS}
 */
public final class ColdDl4j {

    private ColdDl4j() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of)
                .toList();
        int warmRuns = Integer.parseInt(args[1]);
        List<String> jsons = new ArrayList<>();
        for (Path file : files) {
            jsons.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        System.gc();
        Measure.resetHeapPeaks();
        double cpuBefore = Measure.processCpuMs();
        long start = System.nanoTime();
        long params = buildAll(jsons);
        double coldMs = (System.nanoTime() - start) / 1e6;
        double cpu = Measure.processCpuMs() - cpuBefore;
        double rss = Measure.peakRssMiB();
        double heap = Measure.peakHeapMiB();
        double[] warm = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            System.gc();
            warm[i] = Measure.millis(() -> buildAll(jsons));
        }
        System.out.println(Measure.result("coldMs", coldMs, "rssMiB", rss, "heapMiB", heap, "params", params, "cpuMs", cpu,
                "warmMs", warmRuns == 0 ? Double.NaN : Measure.median(warm)));
    }

    private static long buildAll(List<String> jsons) {
        long params = 0;
        for (String json : jsons) {
            if (json.contains("\"vertices\"")) {
                ComputationGraph graph = new ComputationGraph(ComputationGraphConfiguration.fromJson(json));
                graph.init();
                params += graph.numParams();
            } else {
                MultiLayerNetwork network = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(json));
                network.init();
                params += network.numParams();
            }
        }
        return params;
    }
}
