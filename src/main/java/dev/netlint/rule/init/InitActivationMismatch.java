package dev.netlint.rule.init;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.model.WeightInit;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Initialiser families are derived for an activation: He for ReLU, Glorot for tanh/sigmoid, LeCun for SELU. */
@RuleInfo(id = "NL303", name = "init-activation-mismatch", severity = Severity.INFO,
        summary = "Initialiser not derived for the layer's activation (He for ReLU, Xavier/LeCun for tanh, sigmoid, SELU)")
public final class InitActivationMismatch implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        for (Layer layer : network.layers()) {
            if (!layer.hasWeights() || layer.isOutput() || layer.activation().isEmpty()
                    || layer.weightInit().isEmpty()) {
                continue;
            }
            ActivationKind activation = layer.activation().get();
            WeightInit.Scheme scheme = layer.weightInit().get().scheme();
            String advice = advice(activation.family(), scheme);
            if (advice != null) {
                context.report(layer, activation.label() + " layer initialised with " + layer.weightInit().get().name(),
                        "the initial signal is scaled for another activation, which slows early training",
                        advice);
            }
        }
    }

    private static String advice(ActivationKind.Family family, WeightInit.Scheme scheme) {
        return switch (family) {
            case RELU -> scheme == WeightInit.Scheme.GLOROT || scheme == WeightInit.Scheme.LECUN
                    || scheme == WeightInit.Scheme.SIGMOID_UNIFORM
                    ? "weightInit(WeightInit.RELU) (He), derived for ReLU-family activations" : null;
            case SATURATING -> scheme == WeightInit.Scheme.HE
                    ? "weightInit(WeightInit.XAVIER) (Glorot), derived for tanh and sigmoid" : null;
            case SELF_NORMALISING -> scheme == WeightInit.Scheme.HE || scheme == WeightInit.Scheme.GLOROT
                    ? "weightInit(WeightInit.LECUN_NORMAL), which SELU's self-normalisation assumes" : null;
            default -> null;
        };
    }
}
