package dev.netlint.rule.labels;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** A per-cell output (3x3 positions, 1 sigmoid channel) holds its classes per position or flattened. */
class SpatialClassCountTest {

    private static List<Finding> classCount(String file, int classes) {
        LintResult result = Fixtures.lint(Fixtures.keras(file),
                Optional.of(new LabelDeclaration(LabelMode.MULTILABEL, OptionalInt.of(classes))));
        return Fixtures.findings(result, "NL202");
    }

    @ParameterizedTest(name = "{0}: {1} classes match")
    @CsvSource({"per-cell-sigmoid-ok.model.json, 1", "per-cell-sigmoid-ok.model.json, 9",
            "per-cell-sigmoid-ok.keras.json, 1", "per-cell-sigmoid-ok.keras.json, 9"})
    void perPositionOrFlattenedCountsMatch(String file, int classes) {
        assertThat(classCount(file, classes)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: 4 classes fit neither count")
    @CsvSource({"per-cell-sigmoid-ok.model.json", "per-cell-sigmoid-ok.keras.json"})
    void anotherCountNamesTheOutputShape(String file) {
        assertThat(classCount(file, 4)).singleElement().satisfies(f -> {
            assertThat(f.element()).isEqualTo("cells");
            assertThat(f.problem()).isEqualTo("declared 4 classes, but the output is 3x3x1: 1 channel at each "
                    + "position, 9 values in all").doesNotContain("has 1 unit");
            assertThat(f.fix()).contains("filters");
        });
    }
}
