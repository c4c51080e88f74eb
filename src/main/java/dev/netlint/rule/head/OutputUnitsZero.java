package dev.netlint.rule.head;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** DL4J zoo builders leave numClasses at 0 unless it is set; the output layer then has nOut = 0. */
@RuleInfo(id = "NL108", name = "output-units-zero", severity = Severity.ERROR,
        summary = "Output layer with nOut = 0 (e.g. a zoo model built without numClasses)")
public final class OutputUnitsZero implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (layer.kind() == LayerKind.OUTPUT && layer.units().isPresent() && layer.units().getAsLong() == 0) {
                context.report(layer, "output layer with " + Dialect.of(network).width(0),
                        "the network cannot be initialised (init() throws) and has nothing to predict",
                        Dialect.of(network).setWidth("K") + " for K classes or targets (zoo models: .numClasses(K))");
            }
        }
    }
}
