package dev.netlint.rule.structure;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A graph that cannot be built: references to missing layers, duplicate names, cycles, no outputs. */
@RuleInfo(id = "NL704", name = "broken-graph", severity = Severity.ERROR,
        summary = "Graph that cannot be built: a missing input or output, a duplicate name, or a cycle")
public final class GraphIntegrity implements Rule {

    private static final String FIX = "fix the layer references so every input and output names an existing layer "
            + "exactly once and the graph has no loops";

    @Override
    public void check(Network network, RuleContext context) {
        Set<String> names = new HashSet<>();
        for (Layer layer : network.layers()) {
            if (!names.add(layer.name())) {
                context.report(layer, "a second layer is named '" + layer.name() + "'",
                        "references to the name are ambiguous; the framework rejects or silently rewires the graph", FIX);
            }
        }
        // Where a network declares its inputs, every other vertex needs one; DL4J's graph builder refuses a vertex
        // without ("vertex has no inputs") and a file holding one fails at init(). The first layer of a layer list
        // (a MultiLayer, a Sequential model) takes the network's input by position and names none.
        boolean declaresInputs = network.layers().stream().anyMatch(layer -> layer.kind() == LayerKind.INPUT);
        for (Layer layer : network.layers()) {
            if (declaresInputs && layer.kind() != LayerKind.INPUT && layer.inputs().isEmpty()) {
                context.report(layer, "'" + layer.name() + "' has an empty list of inputs",
                        "nothing feeds it: DL4J's graph builder refuses it (\"vertex has no inputs\") and init() "
                                + "fails on such a file", FIX);
            }
            for (String input : layer.inputs()) {
                if (!names.contains(input)) {
                    context.report(layer, "input '" + input + "' names no layer of the network",
                            "the graph cannot be built", FIX);
                }
            }
        }
        for (String output : network.outputNames()) {
            if (!names.contains(output)) {
                context.report(network.location(), output, "network output '" + output + "' names no layer",
                        "the graph cannot be built", FIX);
            }
        }
        if (network.outputNames().isEmpty() && !network.layers().isEmpty()) {
            context.report(network.location(), "network", "the network declares no output",
                    "there is nothing to train or predict", "declare the output layers");
        }
        // Keras graphs are acyclic per call (node); a shared layer called at two depths looks like a loop at the
        // layer level, which is legal there.
        Layer onCycle = Dialect.of(network).layersMayBeCalledTwice() ? null : firstOnCycle(network);
        if (onCycle != null) {
            context.report(onCycle, "layer '" + onCycle.name() + "' is part of a cycle",
                    "a feed-forward graph with a loop cannot be evaluated", FIX);
        }
    }

    /** Iterative three-colour depth-first search over input edges; linear in layers and edges. */
    private static Layer firstOnCycle(Network network) {
        Map<String, Integer> state = new HashMap<>();
        for (Layer start : network.layers()) {
            if (state.containsKey(start.name())) {
                continue;
            }
            java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
            stack.push(new Object[] {start, 0});
            state.put(start.name(), 1);
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                Layer layer = (Layer) frame[0];
                int next = (Integer) frame[1];
                List<String> inputs = layer.inputs();
                if (next < inputs.size()) {
                    frame[1] = next + 1;
                    Layer input = network.layer(inputs.get(next)).orElse(null);
                    if (input == null) {
                        continue;
                    }
                    Integer seen = state.get(input.name());
                    if (seen == null) {
                        state.put(input.name(), 1);
                        stack.push(new Object[] {input, 0});
                    } else if (seen == 1) {
                        return input;
                    }
                } else {
                    state.put(layer.name(), 2);
                    stack.pop();
                }
            }
        }
        return null;
    }
}
