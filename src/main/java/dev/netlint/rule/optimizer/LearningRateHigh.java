package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL602", name = "learning-rate-high", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Learning rate above the usual range: > 1e-2 for Adam-family optimisers, > 1 for SGD")
public final class LearningRateHigh implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            if (optimizer.learningRate().isEmpty()) {
                return;
            }
            double lr = optimizer.learningRate().getAsDouble();
            String at = Dialect.of(network).optimizer(optimizer.name(), LearningRates.format(lr));
            if (LearningRates.isAdaptive(optimizer) && LearningRates.above(lr, LearningRates.ADAPTIVE_HIGH)
                    && LearningRates.below(lr, LearningRates.ADAPTIVE_TOO_HIGH)) {
                context.reportAs(Severity.INFO, network.training().get().location(), optimizer.name(),
                        at + ", above the usual 1e-4 to 1e-2",
                        "each step moves every weight by about the learning rate, more than 10 times the 1e-3 that "
                                + "Keras, TensorFlow.js and DL4J default Adam to (measured with 0.02 on four tasks, "
                                + "fine-tuning a trained CNN included: training was not harmed)",
                        "start from 1e-3 and raise it only if a learning-rate sweep says so");
            } else if (optimizer.kind() == OptimizerKind.SGD && LearningRates.above(lr, LearningRates.SGD_HIGH)) {
                context.report(network.training().get().location(), optimizer.name(), at + ", above 1",
                        "plain SGD steps by the learning rate times the raw gradient, so a step can be larger than "
                                + "the gradient itself and overshoot the minimum it points to (measured with 2.0: "
                                + "accuracy 0.79, one seed 0.39, instead of 1.00 on 10 classes)",
                        "use 1e-2 to 1e-1, with momentum if training is slow");
            }
        });
    }
}
