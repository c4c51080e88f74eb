package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL901", name = "keras-lambda-bytecode", severity = Severity.WARNING,
        summary = "Keras Lambda layer holding serialized Python bytecode, which runs when the model is loaded")
public final class KerasLambdaBytecode implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.LambdaBytecode lambda : file.facts(ReadFact.LambdaBytecode.class)) {
            context.report(lambda.location(), lambda.layer(),
                    "Lambda layer '" + lambda.layer() + "' holds serialized Python bytecode in '" + lambda.field()
                            + "' (" + lambda.form() + ")",
                    "loading the model runs that code with the rights of whoever loads it; Keras 3 refuses it "
                            + "unless safe_mode=False, older Keras and the tools built on it run it unasked",
                    "replace the Lambda with a registered custom layer (@keras.saving.register_keras_serializable)"
                            + " or built-in layers; netlint never decodes or runs the bytecode");
        }
    }
}
