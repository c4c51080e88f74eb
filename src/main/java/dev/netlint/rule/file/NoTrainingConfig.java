package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL003", name = "no-training-config", severity = Severity.INFO,
        summary = "The file holds no loss (Keras to_json, or compiled without one): loss and label checks were skipped")
public final class NoTrainingConfig implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.NoTrainingConfig missing : file.facts(ReadFact.NoTrainingConfig.class)) {
            context.report(missing.location(), "",
                    "the file holds no loss (the architecture only, or a model compiled without one)",
                    "checks of the loss and of the label fit were skipped",
                    "lint the file saved with its training configuration (model.save(), a .keras archive, "
                            + "a tfjs model.json saved with includeOptimizer) if you have it");
        }
    }
}
