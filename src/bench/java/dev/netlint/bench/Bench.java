package dev.netlint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark driver (run it with {@code bench/run.sh}). Writes every case's file list, generates the synthetic
 * configurations, then measures in child JVMs: one long-running JVM for the warm figures of every case, one fresh
 * JVM per case for netlint's cold figures, one fresh JVM per case for the DL4J baseline. Prints the tables and
 * writes them to {@code OUT/results.md}.
 *
 * <p>System properties (set by bench/run.sh): {@code bench.netlintClasspath} (netlint and its runtime dependencies,
 * no ND4J backend), {@code bench.baselineClasspath} (the same plus the backend), {@code bench.out},
 * {@code bench.zoo}, {@code bench.keras}, {@code bench.coldRuns}, {@code bench.skip} (comma-separated parts to
 * leave out: dl4j, cold, keras, scale, maven), {@code bench.maven.*} (see {@link MavenScenario}).
 */
public final class Bench {

    private final Path out;
    private final Path caseDir;
    private final String netlintClasspath;
    private final String baselineClasspath;
    private final List<String> skip;
    private final int coldRuns;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Map<String, CaseRow> rows = new LinkedHashMap<>();

    private Bench() {
        out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        caseDir = out.resolve("cases");
        netlintClasspath = required("bench.netlintClasspath");
        baselineClasspath = required("bench.baselineClasspath");
        skip = List.of(System.getProperty("bench.skip", "").split(","));
        coldRuns = Integer.parseInt(System.getProperty("bench.coldRuns", "3"));
    }

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    /** One row: what the case is and every figure measured for it (NaN: not measured). */
    static final class CaseRow {
        final String name;
        final String group;
        final List<Path> files;
        final int threads;
        long bytes;
        int layers = -1;
        double coldMs = Double.NaN;
        double coldCpuMs = Double.NaN;
        double dl4jColdCpuMs = Double.NaN;
        double warmMs = Double.NaN;
        double beforeWarmMs = Double.NaN;
        double beforeFloorMs = Double.NaN;
        double floorMs = Double.NaN;
        double heapMiB = Double.NaN;
        double rssMiB = Double.NaN;
        double dl4jColdMs = Double.NaN;
        double dl4jWarmMs = Double.NaN;
        double dl4jRssMiB = Double.NaN;
        String note = "";

        CaseRow(String name, String group, List<Path> files, int threads) throws IOException {
            this.name = name;
            this.group = group;
            this.files = files;
            this.threads = threads;
            for (Path file : files) {
                bytes += Files.size(file);
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(caseDir);
        String machine = Machine.describe();
        System.out.println(machine);
        defineCases();
        writeCaseLists();
        warm();
        String before = System.getProperty("bench.beforeClasspath", "");
        if (!before.isEmpty()) {
            before(before);
        }
        // Case by case, netlint's fresh JVMs and then DL4J's, so that both meet the same load on the machine.
        for (Map.Entry<String, CaseRow> entry : rows.entrySet()) {
            if (!skip.contains("cold")) {
                cold(entry.getKey(), entry.getValue());
            }
            if (!skip.contains("dl4j")) {
                baseline(entry.getKey(), entry.getValue());
            }
        }
        String maven = "";
        if (!skip.contains("maven")) {
            maven = new MavenScenario(out).run();
        }
        String report = Report.render(machine, rows.values(), maven, Machine.load());
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("written to " + out.resolve("results.md"));
    }

    private void defineCases() throws Exception {
        Path zoo = Path.of(System.getProperty("bench.zoo", "src/test/resources/fixtures/zoo")).toAbsolutePath();
        List<Path> zooFiles = list(zoo, ".json");
        for (Path file : zooFiles) {
            String name = file.getFileName().toString().replace(".json", "");
            rows.put("zoo-" + name, new CaseRow(name, "zoo", List.of(file), 1));
        }
        Path keras = Path.of(System.getProperty("bench.keras", "../shared/corpus/keras")).toAbsolutePath()
                .normalize();
        if (skip.contains("keras")) {
            System.out.println("Keras corpus: left out (bench.skip)");
        } else if (Files.isDirectory(keras)) {
            List<Path> kerasFiles = list(keras, "");
            rows.put("keras", new CaseRow("Keras corpus, all " + kerasFiles.size() + " files", "keras", kerasFiles, 1));
            Path largest = kerasFiles.stream().max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
            rows.put("keras-largest", new CaseRow("Keras corpus, largest: " + largest.getFileName(), "keras",
                    List.of(largest), 1));
        } else {
            System.out.println("Keras corpus: " + keras + " is absent, the Keras cases are skipped");
        }
        if (skip.contains("scale")) {
            return;
        }
        Path synthetic = out.resolve("synthetic");
        if (!Files.exists(synthetic.resolve(SyntheticConfigs.graphName(10_000)))) {
            System.out.println("generating the synthetic configurations with DL4J's builders ...");
            child(baselineClasspath, SyntheticConfigs.class, List.of(synthetic.toString()), List.of());
        }
        for (int layers : SyntheticConfigs.SIZES) {
            rows.put("mln-" + layers, new CaseRow("MultiLayer, " + layers + " layers", "layers",
                    List.of(synthetic.resolve(SyntheticConfigs.multiLayerName(layers))), 1));
        }
        for (int layers : SyntheticConfigs.SIZES) {
            rows.put("graph-" + layers, new CaseRow("Graph, " + layers + " layers", "layers",
                    List.of(synthetic.resolve(SyntheticConfigs.graphName(layers))), 1));
        }
        Path copies = out.resolve("files");
        Files.createDirectories(copies);
        List<Path> mix = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Path source = zooFiles.get(i % zooFiles.size());
            Path copy = copies.resolve(String.format(Locale.ROOT, "%04d-%s", i, source.getFileName()));
            if (!Files.exists(copy) || Files.size(copy) != Files.size(source)) {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            mix.add(copy);
        }
        for (int files : new int[] {1, 10, 100, 1_000}) {
            rows.put("files-" + files, new CaseRow(files + (files == 1 ? " file" : " files") + " (zoo mix)",
                    "files", mix.subList(0, files), 1));
        }
        rows.put("files-1000-parallel", new CaseRow("1000 files (zoo mix), " + cores + " threads", "files",
                mix, cores));
    }

    private void writeCaseLists() throws IOException {
        for (Map.Entry<String, CaseRow> entry : rows.entrySet()) {
            Files.write(caseDir.resolve(entry.getKey() + ".files"),
                    entry.getValue().files.stream().map(Path::toString).toList());
            Files.writeString(caseDir.resolve(entry.getKey() + ".threads"), Integer.toString(entry.getValue().threads));
        }
    }

    private void warm() throws Exception {
        System.out.println("warm: every case in one JVM ...");
        List<String> args = new ArrayList<>();
        args.add(caseDir.toString());
        args.addAll(rows.keySet());
        for (Map<String, String> result : child(netlintClasspath, Warm.class, args, List.of())) {
            CaseRow row = rows.get(result.get("case"));
            row.warmMs = Double.parseDouble(result.get("warmMs"));
            row.layers = Integer.parseInt(result.get("layers"));
            row.floorMs = Double.parseDouble(result.get("floorMs"));
        }
    }

    /** The warm figures again with an earlier netlint (bench/run.sh --before REV), for the before/after table. */
    private void before(String classpath) throws Exception {
        System.out.println("warm, earlier netlint (" + System.getProperty("bench.beforeRevision", "?") + ") ...");
        List<String> args = new ArrayList<>();
        args.add(caseDir.toString());
        args.addAll(rows.keySet());
        for (Map<String, String> result : child(classpath, Warm.class, args, List.of())) {
            CaseRow row = rows.get(result.get("case"));
            row.beforeWarmMs = Double.parseDouble(result.get("warmMs"));
            row.beforeFloorMs = Double.parseDouble(result.get("floorMs"));
        }
    }

    private void cold(String key, CaseRow row) throws Exception {
        System.out.println("cold netlint: " + row.name + " ...");
        List<Double> times = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            Map<String, String> result = child(netlintClasspath, ColdNetlint.class,
                    List.of(caseDir.resolve(key + ".files").toString(), Integer.toString(row.threads)),
                    List.of()).get(0);
            times.add(Double.parseDouble(result.get("coldMs")));
            rss.add(Double.parseDouble(result.get("rssMiB")));
            heap.add(Double.parseDouble(result.get("heapMiB")));
            cpu.add(Double.parseDouble(result.get("cpuMs")));
            row.layers = Integer.parseInt(result.get("layers"));
        }
        row.coldMs = median(times);
        row.rssMiB = median(rss);
        row.heapMiB = median(heap);
        row.coldCpuMs = median(cpu);
    }

    private void baseline(String key, CaseRow row) throws Exception {
        if (row.group.equals("keras")) {
            row.note = "DL4J baseline n/a (not a DL4J configuration)";
            return;
        }
        if (row.files.size() > 10 || row.threads > 1) {
            row.note = "DL4J baseline not run (over 10 files: minutes of init())";
            return;
        }
        System.out.println("DL4J baseline: " + row.name + " ...");
        int warmRuns = row.bytes > 5_000_000 ? 1 : 3;
        try {
            Map<String, String> result = child(baselineClasspath, ColdDl4j.class,
                    List.of(caseDir.resolve(key + ".files").toString(), Integer.toString(warmRuns)),
                    List.of("-Xmx8g")).get(0);
            row.dl4jColdMs = Double.parseDouble(result.get("coldMs"));
            row.dl4jWarmMs = Double.parseDouble(result.get("warmMs"));
            row.dl4jRssMiB = Double.parseDouble(result.get("rssMiB"));
            row.dl4jColdCpuMs = Double.parseDouble(result.get("cpuMs"));
        } catch (IllegalStateException e) {
            row.note = "DL4J baseline failed: " + e.getMessage().lines()
                    .filter(l -> l.startsWith("Exception") || l.contains("Exception:")).findFirst()
                    .orElse(e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Runs {@code main} of {@code type} in a fresh JVM and returns its RESULT lines. */
    static List<Map<String, String>> child(String classpath, Class<?> type, List<String> args, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("bench.classes") + java.io.File.pathSeparator + classpath);
        command.add(type.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Map<String, String>> results = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("RESULT ")) {
                    Map<String, String> result = new HashMap<>();
                    for (String pair : line.substring(7).split(" ")) {
                        int eq = pair.indexOf('=');
                        result.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    results.add(result);
                } else {
                    output.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || results.isEmpty()) {
            throw new IllegalStateException(type.getSimpleName() + " exited with " + exit + ": "
                    + String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size())));
        }
        return results;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static double median(List<Double> values) {
        return Measure.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalArgumentException("set -D" + property + " (bench/run.sh does)");
        }
        return value;
    }
}
