package dev.netlint.rule.init;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.model.WeightInit;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Initialiser families are derived for an activation: He for ReLU, Glorot for tanh/sigmoid, LeCun for SELU. One
 * finding per network and kind of mismatch, at its first layer: DL4J's default XAVIER on ReLU layers would
 * otherwise repeat the same advice on every layer.
 */
@RuleInfo(id = "NL303", name = "init-activation-mismatch", severity = Severity.INFO,
        trainingOnly = true,
        summary = "Initialiser not derived for the layer's activation (He for ReLU, Xavier/LeCun for tanh, sigmoid, SELU)")
public final class InitActivationMismatch implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        Map<String, List<Layer>> byAdvice = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || network.isOutput(layer) || layer.activation().isEmpty()
                    || layer.weightInit().isEmpty()) {
                continue;
            }
            String advice = advice(network, layer.activation().get().family(), layer.weightInit().get().scheme());
            if (advice != null) {
                byAdvice.computeIfAbsent(advice, k -> new ArrayList<>()).add(layer);
            }
        }
        byAdvice.forEach((advice, layers) -> {
            Layer first = layers.get(0);
            String others = layers.size() == 1 ? "" : " (and " + (layers.size() - 1) + " more layer"
                    + (layers.size() == 2 ? "" : "s") + " like it)";
            context.report(first, first.activation().get().label() + " layer initialised with "
                            + first.weightInit().get().name() + others,
                    "the initial signal is scaled for another activation, which slows early training", advice);
        });
    }

    private static String advice(Network network, ActivationKind.Family family, WeightInit.Scheme scheme) {
        return switch (family) {
            case RELU -> scheme == WeightInit.Scheme.GLOROT || scheme == WeightInit.Scheme.LECUN
                    || scheme == WeightInit.Scheme.SIGMOID_UNIFORM
                    ? Dialect.of(network).heInit() + ", derived for ReLU-family activations" : null;
            case SATURATING -> scheme == WeightInit.Scheme.HE
                    ? Dialect.of(network).glorotInit() + ", derived for tanh and sigmoid" : null;
            case SELF_NORMALISING -> scheme == WeightInit.Scheme.HE || scheme == WeightInit.Scheme.GLOROT
                    ? Dialect.of(network).lecunInit() + ", which SELU's self-normalisation assumes" : null;
            default -> null;
        };
    }
}
