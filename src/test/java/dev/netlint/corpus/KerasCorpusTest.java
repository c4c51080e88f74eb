package dev.netlint.corpus;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero false errors on real Keras, TensorFlow.js and .h5 files written by others (../shared/corpus/keras, h5 and
 * buggy, read in place). Files that are not models (a tokenizer, a training_config on its own, a weights-only .h5)
 * must be skipped quietly; the files listed here must get exactly these errors, each a true positive.
 */
class KerasCorpusTest {

    /**
     * The only error-level findings on real Keras files: code that runs when the file is loaded (a Lambda layer's
     * serialized Python bytecode, NL901; a TensorFlowOpLayer's raw op, NL902). Loading any of these files executes
     * what they hold, which is why loading code is an error by default; every other true positive is below error.
     */
    private static final Map<String, List<String>> GENUINE_ERRORS = Map.of(
            "keras2_yolo9000_tf_keras_2", List.of("NL901"),
            "examples_deepfm_deepfm.h5", List.of("NL901"),
            "examples_lambda_model_lambda.h5", List.of("NL901"),
            "tfkeras_tfop_0.h5", List.of("NL902"),
            "space_to_depth_simple_tensorflow_1.h5", List.of("NL901"),
            "DeepLocalize__Buggy_Traffic-Sign-Classifier_model", List.of("NL901"),
            "DeepLocalize__Correct_Traffic-Sign-Classifier_model", List.of("NL901"));

    /** A true positive below error level: the rule and the severity it must keep. */
    private record Kept(String ruleId, Severity severity) {
    }

    /** True positives in real files below error level, each with why it is a real defect; they must stay reported. */
    private static final Map<String, Kept> GENUINE_BELOW_ERROR = Map.of(
            // DeepFD benchmark subject 59282996 (a known-buggy model): TimeDistributed Dense(3, sigmoid) trained
            // with sparse_categorical_crossentropy, which in TensorFlow never pushes the false classes down.
            "deepfd__59282996_epoch_30_model.h5", new Kept("NL102", Severity.WARNING),
            // Keras model-import test model: a tanh Conv1D head under categorical_crossentropy, whose clipped log
            // gives negative outputs no gradient.
            "causal_conv1d_k2_s1_d1_cl_model.h5", new Kept("NL104", Severity.WARNING),
            // KotlinDL's initializer-loading test: hidden layers with Zeros, Ones and Constant(2) kernels. The file
            // has no training configuration (made for inference), so the initialisers are a note.
            "ModelLoader_initializer_identity", new Kept("NL301", Severity.INFO));

    @TestFactory
    Stream<DynamicTest> realKerasFilesLintWithoutFalseErrors() {
        List<Path> files = Stream.of("keras", "h5", "buggy").flatMap(f -> SharedCorpus.files(f).stream()).toList();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/"
                + file.getFileName(), () -> {
            LintResult result = new LintEngine(SeverityOverrides.NONE).lint(List.of(
                    new ModelInput(file, file.getFileName().toString(), Optional.empty(), false)));
            List<String> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::ruleId).distinct().sorted().toList();
            List<String> expected = GENUINE_ERRORS.entrySet().stream()
                    .filter(e -> file.getFileName().toString().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(List.of());
            assertThat(errors).as("errors in %s: %s", file.getFileName(), result.findings()).isEqualTo(expected);
            GENUINE_BELOW_ERROR.entrySet().stream().filter(e -> file.getFileName().toString().contains(e.getKey()))
                    .forEach(e -> assertThat(result.findings()).as("%s in %s", e.getValue(), file.getFileName())
                            .anyMatch(f -> f.ruleId().equals(e.getValue().ruleId())
                                    && f.severity() == e.getValue().severity()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKerasH5WithAConfigurationIsRead() {
        return SharedCorpus.files("h5").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LintResult result = Fixtures.lint(file);
            boolean weightsOnly = file.getFileName().toString().contains("weights");
            if (weightsOnly) {
                assertThat(Fixtures.findings(result, "NL000")).singleElement()
                        .satisfies(f -> assertThat(f.problem()).contains("weights only"));
            } else {
                assertThat(result.networksChecked()).as("%s: %s", file, result.findings()).isEqualTo(1);
                assertThat(result.findings()).allSatisfy(f -> assertThat(f.file()).contains("!/model_config"));
            }
        }));
    }
}
