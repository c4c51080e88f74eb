package dev.netlint.read.keras;

import dev.netlint.Fixtures;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NL901 and NL902, each with the file that must trigger it (and where) and its twin that must not. */
class SupplyChainTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/supplychain");

    @Test
    void keras2LambdaWithBase64BytecodeIsNL901AtItsFunction() {
        Finding finding = single("keras2-lambda-bytecode.json", "NL901");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.element()).isEqualTo("lambda_1");
        assertThat(finding.location().pointer()).isEqualTo("/config/layers/1/config/function");
        assertThat(finding.problem()).isEqualTo("Lambda layer 'lambda_1' holds serialized Python bytecode in "
                + "'function' (base64 marshal data, Keras 2.2 and later)");
    }

    @Test
    void keras20LambdaWithRawMarshalIsNL901() {
        assertThat(single("keras20-lambda-marshal.json", "NL901").problem())
                .endsWith("(raw marshal data, Keras 1 to 2.1)");
    }

    @Test
    void keras3LambdaIsNL901ForTheFunctionAndTheOutputShape() {
        List<Finding> findings = Fixtures.findings(Fixtures.lint(DIR.resolve("keras3-lambda-bytecode.json")), "NL901");
        assertThat(findings).extracting(f -> f.location().pointer()).containsExactly(
                "/config/layers/1/config/function", "/config/layers/1/config/output_shape");
        assertThat(findings).allSatisfy(f -> assertThat(f.problem()).endsWith("(Keras 3 __lambda__, base64)"));
    }

    @Test
    void lambdaNamingARegisteredFunctionCarriesNoCode() {
        assertThat(Fixtures.findings(Fixtures.lint(DIR.resolve("keras2-lambda-named-function.json")), "NL901"))
                .isEmpty();
    }

    @Test
    void tensorFlowOpLayerWithANodeDefIsNL902NamingTheOp() {
        Finding finding = single("tfop-layer-node-def.json", "NL902");
        // The element is the layer as the graph names it; the op is named in the message.
        assertThat(finding.element()).isEqualTo("tf_op_layer_Reshape");
        assertThat(finding.location().pointer()).isEqualTo("/config/layers/1/config/node_def");
        assertThat(finding.problem()).isEqualTo("TensorFlowOpLayer 'tf_op_layer_Reshape' holds a raw TensorFlow op definition "
                + "(op 'Reshape')");
    }

    @Test
    void tfOpLambdaNamingATensorFlowSymbolIsNotNL902() {
        assertThat(Fixtures.lint(DIR.resolve("tfoplambda-named-op.json")).findings())
                .extracting(Finding::ruleId).doesNotContain("NL902", "NL901", "NL000");
    }

    @Test
    void theRestOfTheModelIsStillChecked() {
        assertThat(Fixtures.lint(DIR.resolve("keras2-lambda-bytecode.json")).networksChecked()).isEqualTo(1);
        assertThat(Fixtures.findings(Fixtures.lint(DIR.resolve("keras2-lambda-bytecode.json")), "NL003"))
                .hasSize(1);
    }

    private static Finding single(String file, String rule) {
        List<Finding> findings = Fixtures.findings(Fixtures.lint(DIR.resolve(file)), rule);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
