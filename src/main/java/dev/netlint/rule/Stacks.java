package dev.netlint.rule;

import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs of consecutive hidden weight layers: a signal passes through them one after another, so their initialisers'
 * and activations' effects multiply. Pooling, dropout, normalisation-free reshaping layers do not break a run.
 */
public final class Stacks {

    private static final Set<LayerKind> PASS_THROUGH =
            Set.of(LayerKind.POOLING, LayerKind.DROPOUT, LayerKind.RESHAPE);

    private Stacks() {
    }

    /** Maximal runs of hidden weight layers that all satisfy {@code member}, in network order. */
    public static List<List<Layer>> runs(Network network, Predicate<Layer> member) {
        Map<String, List<Layer>> runEndingAt = new HashMap<>();
        List<List<Layer>> runs = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || network.isOutput(layer) || !member.test(layer)) {
                continue;
            }
            Optional<Layer> previous = previousWeightLayer(network, layer);
            List<Layer> run = previous.map(p -> runEndingAt.remove(p.name())).orElse(null);
            if (run == null) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(layer);
            runEndingAt.put(layer.name(), run);
        }
        return runs;
    }

    /** The nearest weight layer upstream along single-input links through pass-through layers. */
    private static Optional<Layer> previousWeightLayer(Network network, Layer layer) {
        Optional<Layer> current = network.soleInput(layer);
        for (int hops = 0; current.isPresent() && hops < network.layers().size(); hops++) {
            Layer candidate = current.get();
            if (candidate.hasWeights()) {
                return current;
            }
            if (!PASS_THROUGH.contains(candidate.kind())) {
                return Optional.empty();
            }
            current = network.soleInput(candidate);
        }
        return Optional.empty();
    }

    public static String names(List<Layer> run) {
        return run.size() <= 4 ? String.join(", ", run.stream().map(Layer::name).toList())
                : run.get(0).name() + " .. " + run.get(run.size() - 1).name();
    }
}
