package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Layers no output depends on: computed, maybe trained by nothing, and easy to mistake for part of the model. */
@RuleInfo(id = "NL705", name = "dead-layer", severity = Severity.WARNING,
        summary = "A layer or vertex that reaches no network output")
public final class DeadLayer implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        Set<String> live = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(network.outputNames());
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (live.add(name)) {
                network.layer(name).ifPresent(layer -> todo.addAll(layer.inputs()));
            }
        }
        if (network.outputNames().isEmpty()) {
            return;
        }
        for (Layer layer : network.layers()) {
            if (!live.contains(layer.name())) {
                context.report(layer, "'" + layer.name() + "' reaches no network output",
                        layer.hasWeights() ? "it is computed for nothing and its weights never get a gradient"
                                : "it is computed (or fed) for nothing",
                        "remove it, or connect it to an output");
            }
        }
    }
}
