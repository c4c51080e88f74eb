package dev.netlint.read.dl4j;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity with DL4J's own validation: every configuration of DL4J's invalid-configuration tests, recreated by
 * {@code ParityFixtureGenerator} with the DL4J builders, is an error in its family on the layer DL4J names when DL4J
 * refuses it (at build, init() or the first fit(), as the generator recorded in {@code parity/verdicts.tsv} by
 * calling DL4J) and the fault is in the file; what DL4J accepts, or refuses only for the data a test feeds, has no
 * error. The default test class path has no ND4J backend, so DL4J's verdicts are the generator's.
 */
class Dl4jParityTest {

    private static final Path DIR = Fixtures.DL4J.resolve("parity");

    /** The rules and the element netlint must report for each file DL4J refuses. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            entry("dense-nin-0.json", new Expected("layer0", "NL709")),
            entry("dense-nout-0.json", new Expected("layer0", "NL709")),
            entry("output-nout-0.json", new Expected("layer1", "NL108")),
            entry("rnn-output-nout-0.json", new Expected("layer1", "NL108")),
            entry("lstm-nin-0.json", new Expected("layer0", "NL709")),
            entry("lstm-nout-0.json", new Expected("layer0", "NL709")),
            entry("conv-nin-0.json", new Expected("layer0", "NL709")),
            entry("conv-nout-0.json", new Expected("layer0", "NL709")),
            entry("strict-stride-height.json", new Expected("layer0", "NL710")),
            entry("strict-stride-width.json", new Expected("layer0", "NL710")),
            entry("strict-stride-width-subsampling.json", new Expected("layer0", "NL710")),
            entry("strict-stride-stated-input.json", new Expected("layer0", "NL710")),
            entry("conv-kernel-0.json", new Expected("layer0", "NL709")),
            entry("conv-kernel-values.json", new Expected("layer0", "NL709")),
            entry("conv-stride-0.json", new Expected("layer0", "NL709")),
            entry("conv-stride-values.json", new Expected("layer0", "NL709")),
            entry("conv-padding-negative.json", new Expected("layer0", "NL709")),
            entry("conv-padding-values.json", new Expected("layer0", "NL709")),
            entry("subsampling-kernel-0.json", new Expected("layer0", "NL709")),
            entry("subsampling-kernel-values.json", new Expected("layer0", "NL709")),
            entry("subsampling-stride-0.json", new Expected("layer0", "NL709")),
            entry("subsampling-stride-values.json", new Expected("layer0", "NL709")),
            entry("subsampling-padding-negative.json", new Expected("layer0", "NL709")),
            entry("subsampling-padding-values.json", new Expected("layer0", "NL709")),
            entry("cnn-too-large-kernel.json", new Expected("layer0", "NL710")),
            entry("cnn-zero-stride.json", new Expected("layer0", "NL709")),
            entry("sub-too-large-kernel.json", new Expected("layer1", "NL710")),
            entry("sub-too-large-kernel-flat.json", new Expected("layer1", "NL710")),
            entry("graph-layer-without-inputs.json", new Expected("out", "NL704")),
            entry("graph-no-network-inputs.json", new Expected("dense1", "NL704")),
            entry("graph-no-network-outputs.json", new Expected("network", "NL704")),
            entry("graph-missing-input.json", new Expected("out", "NL704")),
            entry("graph-cycle.json", new Expected("dense1", "NL704")),
            entry("graph-disconnected-layer.json", new Expected("disconnected_layer", "NL705")),
            entry("graph-rnn-nin-mismatch.json", new Expected("output", "NL701")),
            entry("graph-head-softmax-mcxent-1.json", new Expected("1", "NL101")),
            entry("graph-head-tanh-mcxent-3.json", new Expected("1", "NL104")),
            entry("graph-head-tanh-mcxent-3-losslayer.json", new Expected("1", "NL104")),
            entry("graph-head-softmax-xent-3.json", new Expected("1", "NL103")),
            entry("graph-head-softmax-xent-3-losslayer.json", new Expected("1", "NL103")),
            entry("graph-head-relu-xent-3.json", new Expected("1", "NL104")),
            entry("graph-head-relu-xent-3-losslayer.json", new Expected("1", "NL104")),
            entry("graph-head-sigmoid-mcxent-3.json", new Expected("1", "NL102")),
            entry("graph-head-sigmoid-mcxent-3-losslayer.json", new Expected("1", "NL102")),
            entry("mln-head-softmax-mcxent-1.json", new Expected("layer1", "NL101")),
            entry("mln-head-tanh-mcxent-3.json", new Expected("layer1", "NL104")),
            entry("mln-head-tanh-mcxent-3-losslayer.json", new Expected("layer1", "NL104")),
            entry("mln-head-softmax-xent-3.json", new Expected("layer1", "NL103")),
            entry("mln-head-softmax-xent-3-losslayer.json", new Expected("layer1", "NL103")),
            entry("mln-head-relu-xent-3.json", new Expected("layer1", "NL104")),
            entry("mln-head-relu-xent-3-losslayer.json", new Expected("layer1", "NL104")),
            entry("mln-head-sigmoid-mcxent-3.json", new Expected("layer1", "NL102")),
            entry("mln-head-sigmoid-mcxent-3-losslayer.json", new Expected("layer1", "NL102")));

    private record Expected(String element, String ruleId) {
    }

    /** One row of {@code verdicts.tsv}. */
    record Verdict(String file, String source, boolean faultInFile, String builderChain, String dl4jFile,
                   String message) {

        boolean refused() {
            return !builderChain.equals("accepted") || !dl4jFile.equals("accepted");
        }

        @Override
        public String toString() {
            return file + " (" + source + "; DL4J: builder chain " + builderChain + ", file " + dl4jFile + ")";
        }
    }

    static List<Verdict> verdicts() throws IOException {
        return Files.readAllLines(DIR.resolve("verdicts.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("file\t") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new Verdict(f[0], f[1], f[2].equals("yes"), f[3], f[4], f[5]))
                .toList();
    }

    private static List<Finding> errors(String file) {
        return Fixtures.lint(DIR.resolve(file)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
    }

    static Stream<Verdict> refusedForTheFile() throws IOException {
        return verdicts().stream().filter(v -> v.refused() && v.faultInFile());
    }

    static Stream<Verdict> notRefusedForTheFile() throws IOException {
        return verdicts().stream().filter(v -> !v.refused() || !v.faultInFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedForTheFile")
    void whatDl4jRefusesIsAnErrorOnTheLayerItNames(Verdict verdict) {
        Expected expected = EXPECTED.get(verdict.file());
        assertThat(expected).as("an expectation for " + verdict).isNotNull();
        assertThat(errors(verdict.file())).as(verdict.toString())
                .anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo(expected.ruleId());
                    assertThat(f.element()).isEqualTo(expected.element());
                })
                .noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("NL000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRefusedForTheFile")
    void whatDl4jAcceptsOrRefusesOnlyForTheDataHasNoError(Verdict verdict) {
        assertThat(errors(verdict.file())).as(verdict.toString()).isEmpty();
    }

    @Test
    void everyFileIsListedAndEveryExpectationHasItsFile() throws IOException {
        Set<String> files;
        try (Stream<Path> listed = Files.list(DIR)) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
        }
        List<Verdict> verdicts = verdicts();
        assertThat(verdicts).extracting(Verdict::file).containsExactlyInAnyOrderElementsOf(files);
        assertThat(verdicts.stream().filter(v -> v.refused() && v.faultInFile()).map(Verdict::file))
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        // the recreations cover DL4J's tests at every stage it refuses at
        assertThat(verdicts).extracting(Verdict::builderChain).contains("build", "init", "fit", "accepted");
    }
}
