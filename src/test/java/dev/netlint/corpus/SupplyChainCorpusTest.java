package dev.netlint.corpus;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NL901 and NL902 on the real Keras files of the shared corpus, read in place: every Lambda carrying bytecode and
 * every TensorFlowOpLayer is found, nothing else is.
 */
class SupplyChainCorpusTest {

    @Test
    void realLambdaAndOpLayersAreFoundAndNothingElse() {
        Map<String, Long> nl901 = new TreeMap<>();
        Map<String, Long> nl902 = new TreeMap<>();
        List<String> files = new ArrayList<>();
        for (String folder : List.of("keras", "buggy")) {
            for (Path file : SharedCorpus.files(folder)) {
                LintResult result = Fixtures.lint(file);
                String name = file.getFileName().toString();
                files.add(name);
                long lambdas = Fixtures.findings(result, "NL901").size();
                long ops = Fixtures.findings(result, "NL902").size();
                if (lambdas > 0) {
                    nl901.put(name, lambdas);
                }
                if (ops > 0) {
                    nl902.put(name, ops);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(60);
        // yolo9000 and space_to_depth also serialise their output_shape as a lambda; the DeepLocalize traffic-sign
        // models scale their input in a Lambda.
        assertThat(nl901).isEqualTo(Map.of(
                "DeepLocalize__Buggy_Traffic-Sign-Classifier_model.json", 1L,
                "DeepLocalize__Correct_Traffic-Sign-Classifier_model.json", 1L,
                "konduit-dl4j-test-resources__configs_keras2_yolo9000_tf_keras_2.json", 2L,
                "konduit-dl4j-test-resources__examples_deepfm_deepfm.h5__model_config.json", 5L,
                "konduit-dl4j-test-resources__examples_lambda_model_lambda.h5__model_config.json", 2L,
                "konduit-dl4j-test-resources__weights_space_to_depth_simple_tensorflow_1.h5__model_config.json", 2L));
        assertThat(nl902).isEqualTo(Map.of("konduit-dl4j-test-resources__tfkeras_tfop_0.h5__model_config.json", 1L));
    }

    @Test
    void rawMarshalAndBase64AreToldApart() {
        Path root = SharedCorpus.files("keras").get(0).getParent();
        List<Finding> raw = Fixtures.findings(Fixtures.lint(
                root.resolve("konduit-dl4j-test-resources__examples_lambda_model_lambda.h5__model_config.json")), "NL901");
        assertThat(raw).extracting(Finding::element).containsExactly("lambda_3", "lambda_4");
        assertThat(raw).allSatisfy(f -> assertThat(f.problem()).contains("raw marshal data"));
        List<Finding> base64 = Fixtures.findings(Fixtures.lint(
                root.resolve("konduit-dl4j-test-resources__configs_keras2_yolo9000_tf_keras_2.json")), "NL901");
        assertThat(base64).extracting(f -> f.location().pointer()).containsExactly(
                "/config/layers/68/config/function", "/config/layers/68/config/output_shape");
        assertThat(base64).allSatisfy(f -> assertThat(f.problem()).contains("base64 marshal data"));
    }

    /** The evil_keras archive's config.json is clean: only the archive check (NL903) can see that attack. */
    @Test
    void theMaliciousArchivesConfigurationIsClean() {
        Path root = SharedCorpus.files("keras").get(0).getParent();
        LintResult result = Fixtures.lint(root.resolve("evil_keras__model.keras__config.json"));
        assertThat(result.findings()).extracting(Finding::ruleId).noneMatch(id -> id.startsWith("NL9"))
                .doesNotContain("NL000");
    }
}
