package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed cases A and C with the declarations their authors would have written. */
class LabelRulesTest {

    private static LintResult lint(String fixture, LabelMode mode, int classes) {
        return Fixtures.lint(Fixtures.dl4j(fixture),
                Optional.of(new LabelDeclaration(mode, OptionalInt.of(classes))));
    }

    @Test
    void seedCaseCOneSigmoidUnitForFourSparseClassesIsTwoErrors() {
        LintResult result = lint("bad-seedC-one-sigmoid-four-classes.json", LabelMode.SPARSE, 4);
        assertThat(Fixtures.findings(result, "NL201")).singleElement().satisfies(f -> {
            assertThat(f.problem()).contains("the head is nOut = 1 with Activation.SIGMOID + LossBinaryXENT");
            assertThat(f.cost()).contains("unbounded below");
            assertThat(f.fix()).isEqualTo("an OutputLayer with nOut(4), Activation.SOFTMAX and LossSparseMCXENT");
        });
        assertThat(Fixtures.findings(result, "NL202")).singleElement().satisfies(f -> {
            assertThat(f.problem()).contains("declared 4 classes, but the output has nOut = 1");
            assertThat(f.fix()).isEqualTo("set nOut(4) on 'output'");
        });
    }

    @Test
    void sparseLabelsWithOneHotLossIsAMismatch() {
        LintResult result = lint("ok-seedC-softmax-four.json", LabelMode.SPARSE, 4);
        assertThat(Fixtures.findings(result, "NL201")).singleElement()
                .satisfies(f -> assertThat(f.cost()).contains("one-hot"));
        assertThat(Fixtures.findings(result, "NL202")).isEmpty();
    }

    @Test
    void seedCaseATwoSigmoidsForBinaryLabelsIsAnError() {
        LintResult result = lint("bad-seedA-two-sigmoid-mcxent.json", LabelMode.BINARY, 2);
        assertThat(Fixtures.findings(result, "NL201")).singleElement();
        assertThat(Fixtures.findings(result, "NL102")).singleElement();
    }

    @Test
    void binaryWithAClassCountOtherThanTwoIsFlagged() {
        LintResult result = lint("ok-seedA-one-sigmoid-xent.json", LabelMode.BINARY, 4);
        assertThat(Fixtures.findings(result, "NL202")).singleElement()
                .satisfies(f -> assertThat(f.fix()).contains("sparse or categorical"));
    }

    @Test
    void withoutDeclarationTheImpliedModeIsReportedAsInfo() {
        LintResult result = Fixtures.lint(Fixtures.dl4j("ok-seedC-softmax-four.json"));
        assertThat(Fixtures.findings(result, "NL203")).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("implies categorical labels"));
    }
}
