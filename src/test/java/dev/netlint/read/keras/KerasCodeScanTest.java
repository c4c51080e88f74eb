package dev.netlint.read.keras;

import dev.netlint.fixtures.KerasCodeGenerator;
import dev.netlint.read.ModelFileReader;
import dev.netlint.model.Finding;
import dev.netlint.read.FileFindings;
import dev.netlint.read.ReadOutcome;
import dev.netlint.rule.RuleRegistry;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code that runs when a Keras model is loaded is found wherever it sits in the configuration (wrappers of wrappers,
 * backward layers, nested models, activations, initializers, Keras 3 module references), and is an error by
 * default.
 */
class KerasCodeScanTest {

    private static final Path CORPUS = Path.of("src/test/resources/badinput/keras-code");

    @Test
    void everyHiddenPieceOfCodeIsFoundOnItsElement() throws Exception {
        ModelFileReader reader = new ModelFileReader();
        List<KerasCodeGenerator.Case> cases = KerasCodeGenerator.generate();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(9);
        for (KerasCodeGenerator.Case c : cases) {
            ReadOutcome outcome = reader.read(c.bytes());
            assertThat(outcome).as(c.path()).isInstanceOf(ReadOutcome.Models.class);
            List<Finding> code = FileFindings.of((ReadOutcome.Models) outcome).stream()
                    .filter(n -> n.ruleId().startsWith("NL90")).toList();
            assertThat(code).as(c.path() + " (" + c.how() + "): " + code).singleElement().satisfies(note -> {
                assertThat(note.ruleId()).isEqualTo(c.rule());
                assertThat(note.element()).isEqualTo(c.element());
            });
        }
    }

    @Test
    void codeRunAtLoadTimeIsAnErrorByDefault() {
        for (String id : List.of("NL901", "NL902", "NL904")) {
            assertThat(RuleRegistry.meta(id)).as(id).hasValueSatisfying(meta ->
                    assertThat(meta.severity()).isEqualTo(Severity.ERROR));
        }
    }

    @Test
    void modulesOfKerasAndTensorFlowAreNotReported() throws Exception {
        ReadOutcome outcome = new ModelFileReader().read(
                Path.of("src/test/resources/fixtures/supplychain/keras3-lambda-bytecode.json"));
        assertThat(FileFindings.of((ReadOutcome.Models) outcome)).extracting(Finding::ruleId).doesNotContain("NL904")
                .contains("NL901");
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        for (KerasCodeGenerator.Case c : KerasCodeGenerator.generate()) {
            assertThat(Files.readAllBytes(CORPUS.resolve(c.path()))).as(c.path()).isEqualTo(c.bytes());
        }
    }
}
