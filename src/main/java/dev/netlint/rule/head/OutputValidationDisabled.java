package dev.netlint.rule.head;

import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Someone switched DL4J's own output check off; it is worth saying that netlint still ran its equivalent. */
@RuleInfo(id = "NL112", name = "output-validation-disabled", severity = Severity.INFO,
        summary = "validateOutputLayerConfig is false in the file; netlint checked the output layers anyway")
public final class OutputValidationDisabled implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (network.facts().frameworkOutputValidationDisabled()) {
            context.report(network.location(), "network", "validateOutputLayerConfig is false",
                    "DL4J's own output-layer check was switched off when this configuration was built; netlint ran "
                            + "its checks (NL101-NL104) regardless",
                    "remove validateOutputLayerConfig(false) once the output layers pass");
        }
    }
}
