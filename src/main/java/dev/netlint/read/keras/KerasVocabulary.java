package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.model.ActivationKind;
import dev.netlint.model.LayerKind;
import dev.netlint.model.LossKind;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.WeightInit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static java.util.Map.entry;

/**
 * Keras' names (Keras 1, 2 and 3, and TensorFlow.js, which writes camelCase) for activations, losses,
 * initialisers, optimisers and layer types, in the neutral model's terms. Names are compared after dropping
 * underscores and case, so {@code categorical_crossentropy}, {@code categoricalCrossentropy} and
 * {@code CategoricalCrossentropy} are one name.
 */
final class KerasVocabulary {

    private static final Map<String, ActivationKind> ACTIVATIONS = Map.ofEntries(
            entry("linear", ActivationKind.IDENTITY),
            entry("sigmoid", ActivationKind.SIGMOID),
            entry("hardsigmoid", ActivationKind.HARD_SIGMOID),
            entry("softmax", ActivationKind.SOFTMAX),
            entry("tanh", ActivationKind.TANH),
            entry("softsign", ActivationKind.SOFTSIGN),
            entry("relu", ActivationKind.RELU),
            entry("relu6", ActivationKind.RELU6),
            entry("leakyrelu", ActivationKind.LEAKY_RELU),
            entry("prelu", ActivationKind.PARAMETRIC_RELU),
            entry("thresholdedrelu", ActivationKind.THRESHOLDED_RELU),
            entry("elu", ActivationKind.ELU),
            entry("selu", ActivationKind.SELU),
            entry("gelu", ActivationKind.GELU),
            entry("swish", ActivationKind.SWISH),
            entry("silu", ActivationKind.SWISH),
            entry("mish", ActivationKind.MISH),
            entry("softplus", ActivationKind.SOFTPLUS),
            entry("exponential", ActivationKind.EXPONENTIAL),
            entry("logsoftmax", ActivationKind.OTHER));

    private static final Map<String, LossKind> LOSSES = Map.ofEntries(
            entry("categoricalcrossentropy", LossKind.MCXENT),
            entry("sparsecategoricalcrossentropy", LossKind.SPARSE_MCXENT),
            entry("binarycrossentropy", LossKind.BINARY_XENT),
            entry("binaryfocalcrossentropy", LossKind.BINARY_XENT),
            entry("categoricalfocalcrossentropy", LossKind.MCXENT),
            entry("meansquarederror", LossKind.MSE),
            entry("mse", LossKind.MSE),
            entry("meanabsoluteerror", LossKind.MAE),
            entry("mae", LossKind.MAE),
            entry("meanabsolutepercentageerror", LossKind.MAPE),
            entry("mape", LossKind.MAPE),
            entry("meansquaredlogarithmicerror", LossKind.MSLE),
            entry("msle", LossKind.MSLE),
            entry("huber", LossKind.MAE),
            entry("huberloss", LossKind.MAE),
            entry("logcosh", LossKind.MSE),
            entry("hinge", LossKind.HINGE),
            entry("squaredhinge", LossKind.SQUARED_HINGE),
            entry("categoricalhinge", LossKind.HINGE),
            entry("kld", LossKind.KL_DIVERGENCE),
            entry("kldivergence", LossKind.KL_DIVERGENCE),
            entry("kullbackleiblerdivergence", LossKind.KL_DIVERGENCE),
            entry("poisson", LossKind.POISSON),
            entry("cosineproximity", LossKind.COSINE_PROXIMITY),
            entry("cosinesimilarity", LossKind.COSINE_PROXIMITY));

    private static final Map<String, OptimizerKind> OPTIMIZERS = Map.ofEntries(
            entry("adam", OptimizerKind.ADAPTIVE),
            entry("adamw", OptimizerKind.ADAPTIVE),
            entry("nadam", OptimizerKind.ADAPTIVE),
            entry("adamax", OptimizerKind.ADAPTIVE),
            entry("rmsprop", OptimizerKind.ADAPTIVE),
            entry("lion", OptimizerKind.ADAPTIVE),
            entry("sgd", OptimizerKind.SGD),
            entry("momentum", OptimizerKind.SGD),
            entry("adadelta", OptimizerKind.ADADELTA),
            entry("adagrad", OptimizerKind.ADAGRAD),
            entry("ftrl", OptimizerKind.FTRL));

    private static final Map<String, LayerKind> LAYER_KINDS = Map.ofEntries(
            entry("dense", LayerKind.DENSE),
            entry("conv1d", LayerKind.CONVOLUTION),
            entry("conv2d", LayerKind.CONVOLUTION),
            entry("conv3d", LayerKind.CONVOLUTION),
            entry("convolution1d", LayerKind.CONVOLUTION),
            entry("convolution2d", LayerKind.CONVOLUTION),
            entry("convolution3d", LayerKind.CONVOLUTION),
            entry("conv2dtranspose", LayerKind.CONVOLUTION),
            entry("deconvolution2d", LayerKind.CONVOLUTION),
            entry("separableconv2d", LayerKind.CONVOLUTION),
            entry("separableconv1d", LayerKind.CONVOLUTION),
            entry("depthwiseconv2d", LayerKind.CONVOLUTION),
            entry("atrousconvolution2d", LayerKind.CONVOLUTION),
            entry("locallyconnected1d", LayerKind.CONVOLUTION),
            entry("locallyconnected2d", LayerKind.CONVOLUTION),
            entry("lstm", LayerKind.RECURRENT),
            entry("gru", LayerKind.RECURRENT),
            entry("simplernn", LayerKind.RECURRENT),
            entry("convlstm2d", LayerKind.RECURRENT),
            entry("cudnnlstm", LayerKind.RECURRENT),
            entry("cudnngru", LayerKind.RECURRENT),
            entry("embedding", LayerKind.EMBEDDING),
            entry("maxpooling1d", LayerKind.POOLING),
            entry("maxpooling2d", LayerKind.POOLING),
            entry("maxpooling3d", LayerKind.POOLING),
            entry("maxpool1d", LayerKind.POOLING),
            entry("maxpool2d", LayerKind.POOLING),
            entry("averagepooling1d", LayerKind.POOLING),
            entry("averagepooling2d", LayerKind.POOLING),
            entry("averagepooling3d", LayerKind.POOLING),
            entry("globalmaxpooling1d", LayerKind.POOLING),
            entry("globalmaxpooling2d", LayerKind.POOLING),
            entry("globalaveragepooling1d", LayerKind.POOLING),
            entry("globalaveragepooling2d", LayerKind.POOLING),
            entry("globalmaxpool2d", LayerKind.POOLING),
            entry("globalaveragepool2d", LayerKind.POOLING),
            entry("batchnormalization", LayerKind.NORMALIZATION),
            entry("layernormalization", LayerKind.NORMALIZATION),
            entry("normalization", LayerKind.NORMALIZATION),
            entry("rescaling", LayerKind.NORMALIZATION),
            entry("activation", LayerKind.ACTIVATION),
            entry("softmax", LayerKind.ACTIVATION),
            entry("relu", LayerKind.ACTIVATION),
            entry("leakyrelu", LayerKind.ACTIVATION),
            entry("elu", LayerKind.ACTIVATION),
            entry("prelu", LayerKind.ACTIVATION),
            entry("thresholdedrelu", LayerKind.ACTIVATION),
            entry("dropout", LayerKind.DROPOUT),
            entry("spatialdropout1d", LayerKind.DROPOUT),
            entry("spatialdropout2d", LayerKind.DROPOUT),
            entry("spatialdropout3d", LayerKind.DROPOUT),
            entry("gaussiandropout", LayerKind.DROPOUT),
            entry("alphadropout", LayerKind.DROPOUT),
            entry("flatten", LayerKind.RESHAPE),
            entry("reshape", LayerKind.RESHAPE),
            entry("permute", LayerKind.RESHAPE),
            entry("repeatvector", LayerKind.RESHAPE),
            entry("zeropadding1d", LayerKind.RESHAPE),
            entry("zeropadding2d", LayerKind.RESHAPE),
            entry("cropping1d", LayerKind.RESHAPE),
            entry("cropping2d", LayerKind.RESHAPE),
            entry("upsampling1d", LayerKind.RESHAPE),
            entry("upsampling2d", LayerKind.RESHAPE),
            entry("masking", LayerKind.RESHAPE),
            entry("inputlayer", LayerKind.INPUT),
            entry("add", LayerKind.VERTEX),
            entry("subtract", LayerKind.VERTEX),
            entry("multiply", LayerKind.VERTEX),
            entry("average", LayerKind.VERTEX),
            entry("maximum", LayerKind.VERTEX),
            entry("minimum", LayerKind.VERTEX),
            entry("concatenate", LayerKind.VERTEX),
            entry("merge", LayerKind.VERTEX),
            entry("dot", LayerKind.VERTEX),
            entry("lambda", LayerKind.VERTEX));

    /** Keras' own defaults for layers that do not spell the initializer out (Keras 1 and 2 agree). */
    static final String DEFAULT_KERNEL_INITIALIZER = "glorot_uniform";

    private KerasVocabulary() {
    }

    static String key(String name) {
        return name == null ? "" : name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    static ActivationKind activation(String name) {
        return ACTIVATIONS.getOrDefault(key(name), ActivationKind.OTHER);
    }

    static Optional<LossKind> loss(String name) {
        return Optional.ofNullable(LOSSES.get(key(name)));
    }

    static OptimizerKind optimizer(String name) {
        return OPTIMIZERS.getOrDefault(key(name), OptimizerKind.OTHER);
    }

    static Optional<LayerKind> layerKind(String className) {
        return Optional.ofNullable(LAYER_KINDS.get(key(className)));
    }

    /**
     * An initializer given as a name ({@code "uniform"}, {@code "he_normal"}) or as {@code {class_name, config}}.
     * Keras 1's {@code uniform}/{@code normal} and Keras 2's {@code RandomUniform}/{@code RandomNormal} defaults
     * are the fixed +-0.05 / std 0.05 of a reported LeNet-style failure.
     */
    static WeightInit initializer(JsonNode node) {
        String className;
        JsonNode config;
        if (node == null || node.isNull()) {
            className = DEFAULT_KERNEL_INITIALIZER;
            config = null;
        } else if (node.isTextual()) {
            className = node.asText();
            config = null;
        } else {
            className = node.path("class_name").asText("");
            config = node.get("config");
        }
        String key = key(className);
        return switch (key) {
            case "glorotuniform", "glorotnormal", "xavieruniform", "xaviernormal" ->
                    WeightInit.fanScaled(WeightInit.Scheme.GLOROT, className, WeightInit.Fan.SUM, 2.0);
            case "henormal", "heuniform" -> WeightInit.fanScaled(WeightInit.Scheme.HE, className, WeightInit.Fan.IN, 2.0);
            case "lecunnormal", "lecununiform" ->
                    WeightInit.fanScaled(WeightInit.Scheme.LECUN, className, WeightInit.Fan.IN, 1.0);
            case "zeros", "zero" -> WeightInit.constant(className, 0.0);
            case "ones", "one" -> WeightInit.constant(className, 1.0);
            case "constant" -> WeightInit.constant(className + "(" + number(config, "value", 0.0) + ")",
                    number(config, "value", 0.0));
            case "uniform" -> WeightInit.fixed("uniform (+-0.05)", 0.05 * 0.05 / 3.0);
            case "normal" -> WeightInit.fixed("normal (std 0.05)", 0.05 * 0.05);
            case "randomuniform" -> {
                double low = number(config, "minval", -0.05);
                double high = number(config, "maxval", 0.05);
                yield WeightInit.fixed(className + "(" + low + ", " + high + ")", (high - low) * (high - low) / 12.0,
                        (low + high) / 2);
            }
            case "randomnormal", "truncatednormal" -> {
                double std = number(config, "stddev", 0.05);
                double mean = number(config, "mean", 0.0);
                yield WeightInit.fixed(className + (mean == 0 ? "(stddev=" : "(mean=" + mean + ", stddev=") + std + ")",
                        std * std, mean);
            }
            case "variancescaling" -> varianceScaling(className, config);
            case "orthogonal" -> WeightInit.of(WeightInit.Scheme.ORTHOGONAL, className);
            case "identity" -> WeightInit.of(WeightInit.Scheme.IDENTITY, className);
            default -> WeightInit.of(WeightInit.Scheme.UNKNOWN, className);
        };
    }

    /** variance = scale / fan; fan_avg is (in + out) / 2, i.e. 2 * scale / (in + out). */
    private static WeightInit varianceScaling(String className, JsonNode config) {
        double scale = number(config, "scale", 1.0);
        String mode = key(text(config, "mode", "fan_in"));
        String name = className + "(scale=" + scale + ", mode=" + text(config, "mode", "fan_in") + ")";
        return switch (mode) {
            case "fanout" -> WeightInit.fanScaled(WeightInit.Scheme.LECUN, name, WeightInit.Fan.OUT, scale);
            case "fanavg" -> WeightInit.fanScaled(scale == 1.0 ? WeightInit.Scheme.GLOROT : WeightInit.Scheme.UNKNOWN,
                    name, WeightInit.Fan.SUM, 2 * scale);
            default -> WeightInit.fanScaled(scale == 2.0 ? WeightInit.Scheme.HE
                    : scale == 1.0 ? WeightInit.Scheme.LECUN : WeightInit.Scheme.UNKNOWN, name, WeightInit.Fan.IN, scale);
        };
    }

    static double number(JsonNode config, String field, double fallback) {
        JsonNode value = config == null ? null : config.get(field);
        return value != null && value.isNumber() ? value.asDouble() : fallback;
    }

    static String text(JsonNode config, String field, String fallback) {
        JsonNode value = config == null ? null : config.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    static OptionalDouble optionalNumber(JsonNode config, String... fields) {
        if (config == null) {
            return OptionalDouble.empty();
        }
        for (String field : fields) {
            JsonNode value = config.get(field);
            if (value != null && value.isNumber()) {
                return OptionalDouble.of(value.asDouble());
            }
        }
        return OptionalDouble.empty();
    }
}
