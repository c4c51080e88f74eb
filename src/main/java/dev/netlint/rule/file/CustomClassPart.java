package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * A project's own class in a DL4J file outside its layers and vertices (a loss, an activation, an updater...): read
 * without loading it, and the checks that need it skipped. Custom layers and vertices are {@link UnknownLayerClass}'s.
 */
@RuleInfo(id = "NL005", name = "custom-class", severity = Severity.INFO,
        summary = "A project's own loss, activation, updater or other part: read without loading it, its checks skipped")
public final class CustomClassPart implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.CustomPart part : file.facts(ReadFact.CustomPart.class)) {
            int others = part.otherUses();
            context.report(part.location(), part.element(),
                    part.noun() + " class '" + part.className() + "' is "
                            + (part.frameworkPackage() ? "not a class of DL4J 1.0.0-M2.1 (a newer or patched DL4J?)"
                            : "not a DL4J class (the project's own?)")
                            + "; netlint read the file without loading it ("
                            + part.member() + (part.element().isEmpty() ? "" : " of '" + part.element() + "'")
                            + (others == 0 ? "" : "; " + others + " more use" + (others == 1 ? "" : "s") + " of it")
                            + ")",
                    "it skipped " + part.skipped() + (others == 0 ? "" : " wherever it is used"),
                    "nothing to do if the class is yours: every other check ran");
        }
    }
}
