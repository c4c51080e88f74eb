package dev.netlint.engine;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are linted in parallel; the result must not show it. */
class ParallelLintTest {

    @TempDir
    Path dir;

    @Test
    void findingsAndTheirOrderDoNotDependOnTheNumberOfThreads() throws IOException {
        List<ModelInput> inputs = allFixtures();
        Files.writeString(dir.resolve("broken.json"), "{\"confs\": [");
        inputs.add(new ModelInput(dir.resolve("broken.json"), "broken.json", Optional.empty(), true));
        LintResult sequential = lint(inputs, 1);
        assertThat(sequential.findings()).hasSizeGreaterThan(100);
        assertThat(sequential.filesRead()).isGreaterThan(100);
        for (int run = 0; run < 3; run++) {
            LintResult parallel = lint(inputs, 8);
            assertThat(parallel.findings()).isEqualTo(sequential.findings());
            assertThat(parallel.filesRead()).isEqualTo(sequential.filesRead());
            assertThat(parallel.networksChecked()).isEqualTo(sequential.networksChecked());
            assertThat(parallel.skipped()).isEqualTo(sequential.skipped());
        }
    }

    /** Which file runs over the limit depends on the machine; what it is told does not (BoundedParallelTest). */
    @Test
    void aFileOverTheTimeLimitIsOneReadErrorSayingSo() {
        ModelInput input = new ModelInput(Fixtures.dl4j("bad-zero-init.json"), "zero.json", Optional.empty(), true);
        LintEngine engine = new LintEngine(SeverityOverrides.NONE,
                EngineOptions.defaults().withTimeoutPerFile(Duration.ofSeconds(60)));
        List<Finding> findings = engine.failed(input, new BoundedParallel.TimedOut(Duration.ofSeconds(60))).findings();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.consoleLine()).isEqualTo("zero.json:[1,1] "
                + "NL000 cannot read model: reading and checking it took longer than 60 s (timeoutPerFile), so "
                + "netlint gave up on it; expected a model file that is read in about a second."));
        List<Finding> crash = engine.failed(input, new StackOverflowError()).findings();
        assertThat(crash).singleElement().satisfies(f -> assertThat(f.consoleLine()).startsWith("zero.json:[1,1] "
                + "NL000 cannot read model: internal error StackOverflowError; expected netlint to read any file"));
    }

    @Test
    void everyFileOverTheTimeLimitIsReportedAndTheRunEnds() {
        List<ModelInput> inputs = List.of(
                new ModelInput(Fixtures.dl4j("bad-zero-init.json"), "a.json", Optional.empty(), true),
                new ModelInput(Fixtures.ZOO.resolve("ResNet50.json"), "b.json", Optional.empty(), true));
        LintResult result = new LintEngine(SeverityOverrides.NONE, EngineOptions.defaults()
                .withTimeoutPerFile(Duration.ofNanos(1))).lint(inputs);
        // A file may finish before its slot looks (a busy machine); one that does not is one line saying so.
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("NL000")).allSatisfy(f ->
                assertThat(f.problem()).contains("took longer than 0 ms (timeoutPerFile)"));
        assertThat(Fixtures.findings(result, "NL000").size() + result.filesRead()).isEqualTo(2);
    }

    private static LintResult lint(List<ModelInput> inputs, int threads) {
        return new LintEngine(SeverityOverrides.NONE, EngineOptions.defaults().withThreads(threads)).lint(inputs);
    }

    private static List<ModelInput> allFixtures() throws IOException {
        List<ModelInput> inputs = new ArrayList<>();
        for (Path folder : List.of(Fixtures.DL4J, Fixtures.KERAS, Fixtures.ZOO,
                Path.of("src/test/resources/fixtures/supplychain"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().forEach(f -> inputs.add(
                        new ModelInput(f, folder.getFileName() + "/" + f.getFileName(), Optional.empty(), false)));
            }
        }
        return inputs;
    }
}
