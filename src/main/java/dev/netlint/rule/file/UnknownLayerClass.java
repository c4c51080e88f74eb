package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL002", name = "unknown-layer-class", severity = Severity.WARNING,
        summary = "A custom layer or vertex class netlint cannot model; it is skipped, the rest is checked")
public final class UnknownLayerClass implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.UnknownClass unknown : file.facts(ReadFact.UnknownClass.class)) {
            context.report(unknown.location(), unknown.element(), "layer class '" + unknown.className()
                            + "' is not a " + unknown.knownKind() + " netlint knows (a custom layer?)",
                    "it was not checked, and checks that span layers treat it as a gap",
                    "nothing to do if the class is yours; the rest of the network was checked");
        }
    }
}
