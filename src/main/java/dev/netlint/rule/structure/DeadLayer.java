package dev.netlint.rule.structure;

import dev.netlint.model.Framework;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.FrameworkSeverity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Layers no output depends on. DL4J refuses such a graph (measured: its builder at build(), or the first fit() with
 * allowDisconnected): an error. Keras keeps only the layers between inputs and outputs in a model, so a Keras file
 * with one was edited by hand or by a tool; not measured there: a note.
 */
@RuleInfo(id = "NL705", name = "dead-layer", severity = Severity.ERROR,
        byFramework = @FrameworkSeverity(framework = Framework.KERAS, severity = Severity.INFO),
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
                        Dialect.of(network).unconnectedLayer(layer.hasWeights()),
                        "remove it, or connect it to an output");
            }
        }
    }
}
