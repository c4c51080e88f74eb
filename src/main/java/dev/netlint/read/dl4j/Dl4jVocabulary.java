package dev.netlint.read.dl4j;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.LossKind;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.WeightInit;
import org.deeplearning4j.nn.conf.distribution.ConstantDistribution;
import org.deeplearning4j.nn.conf.distribution.Distribution;
import org.deeplearning4j.nn.conf.distribution.GaussianDistribution;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.OrthogonalDistribution;
import org.deeplearning4j.nn.conf.distribution.TruncatedNormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitConstant;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;

import java.util.Map;
import java.util.OptionalDouble;

import static java.util.Map.entry;

/** DL4J's class names for activations, losses and initialisers, translated into the neutral model's terms. */
final class Dl4jVocabulary {

    private static final Map<String, ActivationKind> ACTIVATIONS = Map.ofEntries(
            entry("ActivationIdentity", ActivationKind.IDENTITY),
            entry("ActivationSigmoid", ActivationKind.SIGMOID),
            entry("ActivationHardSigmoid", ActivationKind.HARD_SIGMOID),
            entry("ActivationSoftmax", ActivationKind.SOFTMAX),
            entry("ActivationTanH", ActivationKind.TANH),
            entry("ActivationHardTanH", ActivationKind.HARD_TANH),
            entry("ActivationRationalTanh", ActivationKind.RATIONAL_TANH),
            entry("ActivationRectifiedTanh", ActivationKind.RECTIFIED_TANH),
            entry("ActivationSoftSign", ActivationKind.SOFTSIGN),
            entry("ActivationReLU", ActivationKind.RELU),
            entry("ActivationReLU6", ActivationKind.RELU6),
            entry("ActivationLReLU", ActivationKind.LEAKY_RELU),
            entry("ActivationRReLU", ActivationKind.RANDOMIZED_RELU),
            entry("ActivationPReLU", ActivationKind.PARAMETRIC_RELU),
            entry("ActivationThresholdedReLU", ActivationKind.THRESHOLDED_RELU),
            entry("ActivationELU", ActivationKind.ELU),
            entry("ActivationSELU", ActivationKind.SELU),
            entry("ActivationGELU", ActivationKind.GELU),
            entry("ActivationSwish", ActivationKind.SWISH),
            entry("ActivationMish", ActivationKind.MISH),
            entry("ActivationSoftPlus", ActivationKind.SOFTPLUS),
            entry("ActivationCube", ActivationKind.CUBE));

    private static final Map<String, LossKind> LOSSES = Map.ofEntries(
            entry("LossMCXENT", LossKind.MCXENT),
            entry("LossNegativeLogLikelihood", LossKind.NEGATIVE_LOG_LIKELIHOOD),
            entry("LossSparseMCXENT", LossKind.SPARSE_MCXENT),
            entry("LossBinaryXENT", LossKind.BINARY_XENT),
            entry("LossMSE", LossKind.MSE),
            entry("LossL2", LossKind.L2),
            entry("LossMAE", LossKind.MAE),
            entry("LossL1", LossKind.L1),
            entry("LossMAPE", LossKind.MAPE),
            entry("LossMSLE", LossKind.MSLE),
            entry("LossHinge", LossKind.HINGE),
            entry("LossSquaredHinge", LossKind.SQUARED_HINGE),
            entry("LossKLD", LossKind.KL_DIVERGENCE),
            entry("LossPoisson", LossKind.POISSON),
            entry("LossCosineProximity", LossKind.COSINE_PROXIMITY),
            entry("LossWasserstein", LossKind.WASSERSTEIN),
            entry("LossFMeasure", LossKind.F_MEASURE),
            entry("LossMixtureDensity", LossKind.MIXTURE_DENSITY),
            entry("LossMultiLabel", LossKind.MULTI_LABEL));

    /** Fan rules of DL4J's WeightInit schemes, from {@code WeightInitUtil}: variance = coefficient / fan. */
    private static final Map<String, FanRule> FAN_RULES = Map.ofEntries(
            entry("WeightInitRelu", new FanRule(WeightInit.Scheme.HE, WeightInit.Fan.IN, 2.0, "RELU")),
            entry("WeightInitReluUniform", new FanRule(WeightInit.Scheme.HE, WeightInit.Fan.IN, 2.0, "RELU_UNIFORM")),
            entry("WeightInitXavier", new FanRule(WeightInit.Scheme.GLOROT, WeightInit.Fan.SUM, 2.0, "XAVIER")),
            entry("WeightInitXavierUniform",
                    new FanRule(WeightInit.Scheme.GLOROT, WeightInit.Fan.SUM, 2.0, "XAVIER_UNIFORM")),
            entry("WeightInitXavierLegacy",
                    new FanRule(WeightInit.Scheme.GLOROT, WeightInit.Fan.SUM, 1.0, "XAVIER_LEGACY")),
            entry("WeightInitVarScalingNormalFanAvg",
                    new FanRule(WeightInit.Scheme.GLOROT, WeightInit.Fan.SUM, 2.0, "VAR_SCALING_NORMAL_FAN_AVG")),
            entry("WeightInitVarScalingUniformFanAvg",
                    new FanRule(WeightInit.Scheme.GLOROT, WeightInit.Fan.SUM, 6.0, "VAR_SCALING_UNIFORM_FAN_AVG")),
            entry("WeightInitNormal", new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.IN, 1.0, "NORMAL")),
            entry("WeightInitLecunUniform",
                    new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.IN, 3.0, "LECUN_UNIFORM")),
            entry("WeightInitVarScalingNormalFanIn",
                    new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.IN, 1.0, "VAR_SCALING_NORMAL_FAN_IN")),
            entry("WeightInitVarScalingUniformFanIn",
                    new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.IN, 3.0, "VAR_SCALING_UNIFORM_FAN_IN")),
            entry("WeightInitVarScalingNormalFanOut",
                    new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.OUT, 1.0, "VAR_SCALING_NORMAL_FAN_OUT")),
            entry("WeightInitVarScalingUniformFanOut",
                    new FanRule(WeightInit.Scheme.LECUN, WeightInit.Fan.OUT, 3.0, "VAR_SCALING_UNIFORM_FAN_OUT")),
            entry("WeightInitUniform",
                    new FanRule(WeightInit.Scheme.SMALL_UNIFORM, WeightInit.Fan.IN, 1.0 / 3.0, "UNIFORM")),
            entry("WeightInitSigmoidUniform",
                    new FanRule(WeightInit.Scheme.SIGMOID_UNIFORM, WeightInit.Fan.SUM, 32.0, "SIGMOID_UNIFORM")));

    private record FanRule(WeightInit.Scheme scheme, WeightInit.Fan fan, double coefficient, String name) {
    }

    private static final Map<String, OptimizerKind> UPDATERS = Map.ofEntries(
            entry("Adam", OptimizerKind.ADAPTIVE),
            entry("AdaMax", OptimizerKind.ADAPTIVE),
            entry("Nadam", OptimizerKind.ADAPTIVE),
            entry("AMSGrad", OptimizerKind.ADAPTIVE),
            entry("AdaBelief", OptimizerKind.ADAPTIVE),
            entry("RmsProp", OptimizerKind.ADAPTIVE),
            entry("Sgd", OptimizerKind.SGD),
            entry("Nesterovs", OptimizerKind.SGD),
            entry("AdaGrad", OptimizerKind.ADAGRAD),
            entry("AdaDelta", OptimizerKind.ADADELTA),
            entry("NoOp", OptimizerKind.NONE));

    private Dl4jVocabulary() {
    }

    /**
     * A layer's updater. DL4J writes an unset learning rate as NaN (legacy files keep "learningRate": "NaN" next
     * to a schedule); that is an unknown rate, never a value.
     */
    static Optimizer updater(IUpdater updater) {
        String name = updater.getClass().getSimpleName();
        OptimizerKind kind = UPDATERS.getOrDefault(name, OptimizerKind.OTHER);
        Map<String, Double> decays = new java.util.TreeMap<>();
        for (String field : new String[] {"beta1", "beta2", "momentum", "rmsDecay", "rho"}) {
            doubleField(updater, field).ifPresent(v -> decays.put(field, v));
        }
        OptionalDouble epsilon = doubleField(updater, "epsilon");
        if (!updater.hasLearningRate()) {
            return new Optimizer(name, kind, OptionalDouble.empty(), false, decays, epsilon);
        }
        boolean scheduled = hasSchedule(updater);
        double rate;
        try {
            rate = updater.getLearningRate(0, 0);
        } catch (RuntimeException e) {
            rate = Double.NaN;
        }
        return new Optimizer(name, kind, Double.isNaN(rate) ? OptionalDouble.empty() : OptionalDouble.of(rate),
                scheduled, decays, epsilon);
    }

    /**
     * Accessible declared fields by class: looking a field up copies the class's field array, which cost more than
     * the rest of mapping a layer. Only field names of this class are asked for, so the cache stays small.
     */
    private static final ClassValue<java.util.Map<String, java.util.Optional<java.lang.reflect.Field>>> FIELDS =
            new ClassValue<>() {
                @Override
                protected java.util.Map<String, java.util.Optional<java.lang.reflect.Field>> computeValue(Class<?> type) {
                    return new java.util.concurrent.ConcurrentHashMap<>();
                }
            };

    private static java.util.Optional<java.lang.reflect.Field> declaredField(Class<?> owner, String name) {
        return FIELDS.get(owner).computeIfAbsent(name, n -> {
            try {
                java.lang.reflect.Field found = owner.getDeclaredField(n);
                found.setAccessible(true);
                return java.util.Optional.of(found);
            } catch (NoSuchFieldException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        });
    }

    /** ND4J's updater configs keep their hyperparameters in plain fields (Lombok getters vary by class). */
    private static OptionalDouble doubleField(Object owner, String name) {
        try {
            java.lang.reflect.Field field = declaredField(owner.getClass(), name).orElse(null);
            if (field == null || field.getType() != double.class) {
                return OptionalDouble.empty();
            }
            double value = field.getDouble(owner);
            return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
        } catch (ReflectiveOperationException e) {
            return OptionalDouble.empty();
        }
    }

    private static boolean hasSchedule(IUpdater updater) {
        try {
            java.lang.reflect.Field field = declaredField(updater.getClass(), "learningRateSchedule").orElse(null);
            return field != null && field.get(updater) != null;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    static ActivationKind activation(IActivation activation) {
        return activation == null ? null
                : ACTIVATIONS.getOrDefault(activation.getClass().getSimpleName(), ActivationKind.OTHER);
    }

    static LossKind loss(ILossFunction loss) {
        return LOSSES.getOrDefault(loss.getClass().getSimpleName(), LossKind.OTHER);
    }

    static WeightInit weightInit(IWeightInit init) {
        String type = init.getClass().getSimpleName();
        FanRule rule = FAN_RULES.get(type);
        if (rule != null) {
            return WeightInit.fanScaled(rule.scheme(), rule.name(), rule.fan(), rule.coefficient());
        }
        if (init instanceof WeightInitConstant constant) {
            double value = (Double) privateField(constant, "value");
            String name = value == 0.0 ? "ZERO" : value == 1.0 ? "ONES" : "CONSTANT(" + value + ")";
            return WeightInit.constant(name, value);
        }
        if (init instanceof WeightInitDistribution distribution) {
            return distribution((Distribution) privateField(distribution, "distribution"));
        }
        if (type.equals("WeightInitIdentity")) {
            return WeightInit.of(WeightInit.Scheme.IDENTITY, "IDENTITY");
        }
        return WeightInit.of(WeightInit.Scheme.UNKNOWN, type);
    }

    private static WeightInit distribution(Distribution distribution) {
        if (distribution instanceof NormalDistribution normal) {
            return WeightInit.fixed(describe("NormalDistribution", normal.getMean(), normal.getStd()),
                    normal.getStd() * normal.getStd(), normal.getMean());
        }
        if (distribution instanceof GaussianDistribution normal) {
            return WeightInit.fixed(describe("GaussianDistribution", normal.getMean(), normal.getStd()),
                    normal.getStd() * normal.getStd(), normal.getMean());
        }
        if (distribution instanceof TruncatedNormalDistribution normal) {
            return WeightInit.fixed(describe("TruncatedNormalDistribution", normal.getMean(), normal.getStd()),
                    normal.getStd() * normal.getStd(), normal.getMean());
        }
        if (distribution instanceof UniformDistribution uniform) {
            double width = uniform.getUpper() - uniform.getLower();
            return WeightInit.fixed("UniformDistribution(lower=" + uniform.getLower() + ", upper="
                    + uniform.getUpper() + ")", width * width / 12.0, (uniform.getLower() + uniform.getUpper()) / 2);
        }
        if (distribution instanceof ConstantDistribution constant) {
            return WeightInit.constant("ConstantDistribution(value=" + constant.getValue() + ")",
                    constant.getValue());
        }
        if (distribution instanceof OrthogonalDistribution) {
            return WeightInit.of(WeightInit.Scheme.ORTHOGONAL, "OrthogonalDistribution");
        }
        return new WeightInit(WeightInit.Scheme.UNKNOWN, distribution == null ? "DISTRIBUTION"
                : distribution.getClass().getSimpleName(), OptionalDouble.empty(), OptionalDouble.empty(),
                java.util.Optional.empty());
    }

    /** DL4J exposes no getter for these two initialisers' settings; Jackson reads the same fields. */
    private static Object privateField(Object owner, String name) {
        try {
            java.lang.reflect.Field field = declaredField(owner.getClass(), name).orElseThrow(
                    () -> new NoSuchFieldException(name));
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J " + owner.getClass().getSimpleName() + " has no field " + name, e);
        }
    }

    private static String describe(String type, double mean, double std) {
        return type + "(mean=" + mean + ", std=" + std + ")";
    }
}
