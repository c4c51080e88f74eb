package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/** Seed case D: Adam at 0.1 on a pretrained tower; val_loss stuck at 0.5 for 64 epochs. */
@RuleInfo(id = "NL601", name = "learning-rate-too-high", severity = Severity.ERROR,
        summary = "Learning rate that wrecks the weights: >= 0.1 for Adam-family optimisers, or not positive")
public final class LearningRateTooHigh implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            if (optimizer.learningRate().isEmpty() || optimizer.kind() == OptimizerKind.NONE) {
                return;
            }
            double lr = optimizer.learningRate().getAsDouble();
            String at = Dialect.of(network).optimizer(optimizer.name(), LearningRates.format(lr));
            if (lr <= 0) {
                context.report(network.training().get().location(), optimizer.name(), at + " is not positive",
                        "no weight ever changes (or every step goes uphill)",
                        "use the optimiser's default learning rate (Adam: 1e-3, SGD: 1e-2)");
            } else if (LearningRates.isAdaptive(optimizer) && lr >= LearningRates.ADAPTIVE_TOO_HIGH) {
                context.report(network.training().get().location(), optimizer.name(), at + ", " + Math.round(lr / 1e-3)
                                + " times the recommended 1e-3",
                        "each step moves every weight by about the learning rate, destroying what the network "
                                + "(or a pretrained part of it) knows; the loss stalls or diverges",
                        "use 1e-3 (1e-4 to 1e-5 when fine-tuning pretrained layers)");
            }
        });
    }

}
