package dev.netlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * End-to-end {@code mvn verify} of a sample project holding 50 model files (the 16 DL4J zoo configurations and 34
 * of the DL4J fixtures), with and without netlint: the same project without the plugin, with the plugin after
 * {@code target} was deleted (every file linted), and with the plugin again (every file unchanged: the cache
 * replays them). Each is the median of {@code bench.maven.runs} runs, after one untimed run that warms the disk
 * cache. The plugin comes from {@code bench.maven.repo}, a private copy of the local repository that bench/run.sh
 * installs the freshly built plugin into, so that other builds on the machine cannot swap it.
 */
final class MavenScenario {

    static final int MODELS = 50;

    private final Path project;
    private final String repository;
    private final String version;
    private final int runs;

    MavenScenario(Path out) {
        this.project = out.resolve("maven-project");
        this.repository = System.getProperty("bench.maven.repo", "");
        this.version = System.getProperty("bench.maven.pluginVersion",
                dev.netlint.engine.ToolVersion.get());
        this.runs = Integer.parseInt(System.getProperty("bench.maven.runs", "5"));
    }

    String run() throws IOException, InterruptedException {
        if (repository.isEmpty()) {
            return "(mvn verify not measured: bench.maven.repo not set)\n";
        }
        createProject();
        System.out.println("mvn verify: " + MODELS + "-model project, " + runs + " runs each ...");
        mvn("pom-without-netlint.xml", false); // untimed: disk cache, Maven's own start-up files
        double without = median("pom-without-netlint.xml", false);
        double cold = median("pom.xml", true);
        mvn("pom.xml", false);
        double cached = median("pom.xml", false);
        if (!Files.isRegularFile(project.resolve("target/netlint/netlint.cache"))) {
            throw new IllegalStateException("the cached runs left no target/netlint/netlint.cache");
        }
        StringBuilder text = new StringBuilder();
        text.append("### mvn verify, ").append(MODELS).append("-model project\n\n");
        text.append("`mvn -B -o -q verify` of a `pom`-packaging project whose only plugin is `netlint:check`, models in "
                + "`src/main/resources/models` (16 zoo configurations and 34 DL4J fixtures, ")
                .append(String.format(Locale.ROOT, "%.1f", modelBytes() / 1048576.0))
                .append(" MiB), median of ").append(runs).append(" runs.\n\n");
        text.append("| Build | Wall time s | netlint overhead s |\n|---|---:|---:|\n");
        text.append(row("without netlint (same project, plugin not declared)", without, without));
        text.append(row("with netlint, target/ deleted first (all 50 files linted)", cold, without));
        text.append(row("with netlint, nothing changed (cache: all 50 files replayed)", cached, without));
        text.append("\n- ").append(cold - without < 1.5 ? "**met**" : "**missed**")
                .append(": `mvn verify` overhead of the plugin on the 50-model project < 1.5 s: ")
                .append(String.format(Locale.ROOT, "%.2f s (all files linted), %.2f s (cache)", cold - without,
                        cached - without)).append('\n');
        return text.toString();
    }

    private static String row(String build, double seconds, double without) {
        return String.format(Locale.ROOT, "| %s | %.2f | %s |\n", build, seconds,
                build.startsWith("without") ? "–" : String.format(Locale.ROOT, "%.2f", seconds - without));
    }

    private double median(String pom, boolean clean) throws IOException, InterruptedException {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = mvn(pom, clean);
        }
        return Measure.median(seconds);
    }

    /** One build; returns its wall time in seconds. */
    private double mvn(String pom, boolean clean) throws IOException, InterruptedException {
        if (clean) {
            deleteTree(project.resolve("target"));
        }
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-q", "-f", pom,
                "-Dmaven.repo.local=" + repository, "verify"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("mvn.log").toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("mvn verify failed in " + project + ", see mvn.log there");
        }
        return seconds;
    }

    private void createProject() throws IOException {
        deleteTree(project);
        Path models = Files.createDirectories(project.resolve("src/main/resources/models"));
        Path fixtures = Path.of(System.getProperty("bench.zoo", "src/test/resources/fixtures/zoo")).toAbsolutePath()
                .getParent();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> zoo = Files.list(fixtures.resolve("zoo"));
             Stream<Path> dl4j = Files.list(fixtures.resolve("dl4j"))) {
            sources.addAll(zoo.filter(f -> f.toString().endsWith(".json")).sorted().toList());
            sources.addAll(dl4j.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".zip"))
                    .sorted().limit(MODELS - sources.size()).toList());
        }
        if (sources.size() != MODELS) {
            throw new IllegalStateException("expected " + MODELS + " model files, found " + sources.size());
        }
        for (Path source : sources) {
            Files.copy(source, models.resolve(source.getParent().getFileName() + "-" + source.getFileName()));
        }
        Files.writeString(project.resolve("pom.xml"), pom(true), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("pom-without-netlint.xml"), pom(false), StandardCharsets.UTF_8);
    }

    private long modelBytes() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources/models"))) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private String pom(boolean withNetlint) {
        String plugin = !withNetlint ? "" : """
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.netlint</groupId>
                        <artifactId>netlint-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>check</goal></goals>
                          </execution>
                        </executions>
                        <configuration>
                          <!-- The zoo has known defects; the benchmark measures, it does not gate. -->
                          <failOnViolation>false</failOnViolation>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                """.formatted(version);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.netlint.bench</groupId>
                  <artifactId>fifty-models</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s</project>
                """.formatted(plugin);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
