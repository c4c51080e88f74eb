package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * A Keras 3 object whose {@code module} lies outside Keras and TensorFlow: {@code load_model} imports that module and
 * calls the named class with the configuration (the pattern of CVE-2025-1550), so the file runs code when loaded.
 */
@RuleInfo(id = "NL904", name = "keras-foreign-module", severity = Severity.ERROR,
        summary = "Keras 3 object naming a module outside Keras and TensorFlow, which loading imports and calls")
public final class KerasForeignModule implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.ForeignModule reference : file.facts(ReadFact.ForeignModule.class)) {
            String module = reference.module();
            context.report(reference.location(), reference.element(),
                    "'" + module + "." + reference.className() + "' is referenced from module '" + module
                            + "', outside Keras and TensorFlow"
                            + (reference.dangerous() ? " (a Python standard-library module that runs commands, "
                            + "evaluates text or reaches files)" : ""),
                    "Keras 3 imports the module and calls '" + reference.className() + "' with the configuration "
                            + "when the model is loaded (the pattern of CVE-2025-1550), so the file runs that code "
                            + "with the rights of whoever loads it",
                    reference.dangerous() ? "do not load the file; rebuild the model from reviewed code"
                            : "if '" + module + "' is your own reviewed package, suppress this finding for this "
                            + "element with the reason; otherwise do not load the file");
        }
    }
}
