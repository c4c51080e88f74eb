package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL901", name = "keras-lambda-bytecode", severity = Severity.ERROR,
        summary = "Keras Lambda layer holding serialized Python bytecode, which runs when the model is loaded")
public final class KerasLambdaBytecode implements Rule {

    private static final String LOADING_RUNS_IT = "loading the model runs that code with the rights of whoever "
            + "loads it; Keras 3 refuses it unless safe_mode=False, older Keras and the tools built on it run it "
            + "unasked";

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.EmbeddedLambda lambda : file.facts(ReadFact.EmbeddedLambda.class)) {
            context.report(lambda.location(), lambda.owner(),
                    "a Keras 3 __lambda__ (serialized Python bytecode) is used as '" + lambda.member() + "'"
                            + (lambda.owner().isEmpty() ? "" : " of '" + lambda.owner() + "'"),
                    LOADING_RUNS_IT,
                    "replace it with a built-in or a registered function (@keras.saving.register_keras_serializable);"
                            + " netlint never decodes or runs the bytecode");
        }
        for (ReadFact.LambdaBytecode lambda : file.facts(ReadFact.LambdaBytecode.class)) {
            context.report(lambda.location(), lambda.layer(),
                    "Lambda layer '" + lambda.layer() + "' holds serialized Python bytecode in '" + lambda.field()
                            + "' (" + lambda.form() + ")",
                    LOADING_RUNS_IT,
                    "replace the Lambda with a registered custom layer (@keras.saving.register_keras_serializable)"
                            + " or built-in layers; netlint never decodes or runs the bytecode");
        }
    }
}
