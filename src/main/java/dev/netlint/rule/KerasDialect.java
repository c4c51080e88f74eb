package dev.netlint.rule;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.LossKind;

/** Keras and TensorFlow.js Layers: both write Keras' configuration and take Keras' names. */
final class KerasDialect implements Dialect {

    static final KerasDialect INSTANCE = new KerasDialect();

    private KerasDialect() {
    }

    @Override
    public String width(long units) {
        return units + (units == 1 ? " unit" : " units");
    }

    @Override
    public String setWidth(String units) {
        return "units=" + units;
    }

    @Override
    public String setChannels(String channels) {
        return "filters=" + channels + " (units=" + channels + " on a Dense layer)";
    }

    @Override
    public String whyNoLoss() {
        return "as model.to_json() saves none";
    }

    @Override
    public String activation(ActivationKind activation) {
        return "'" + switch (activation) {
            case IDENTITY -> "linear";
            case LEAKY_RELU -> "leaky_relu";
            case HARD_SIGMOID -> "hard_sigmoid";
            default -> activation.label();
        } + "'";
    }

    @Override
    public String loss(LossKind loss) {
        return switch (loss) {
            case MCXENT, NEGATIVE_LOG_LIKELIHOOD -> "categorical_crossentropy";
            case SPARSE_MCXENT -> "sparse_categorical_crossentropy";
            case BINARY_XENT -> "binary_crossentropy";
            case MSE, L2 -> "mean_squared_error";
            case MAE, L1 -> "mean_absolute_error";
            case MAPE -> "mean_absolute_percentage_error";
            case MSLE -> "mean_squared_logarithmic_error";
            case HINGE -> "hinge";
            case SQUARED_HINGE -> "squared_hinge";
            case KL_DIVERGENCE -> "kl_divergence";
            case POISSON -> "poisson";
            case COSINE_PROXIMITY -> "cosine_similarity";
            default -> loss.description();
        };
    }

    @Override
    public String head(String units, ActivationKind activation, LossKind loss) {
        return "Dense(" + units + ", activation=" + activation(activation) + ") + " + loss(loss);
    }

    @Override
    public String pairing(ActivationKind activation, LossKind loss) {
        return "activation=" + activation(activation) + " + " + loss(loss);
    }

    @Override
    public String heInit() {
        return "kernel_initializer='he_normal' (He)";
    }

    @Override
    public String glorotInit() {
        return "kernel_initializer='glorot_uniform' (Glorot)";
    }

    @Override
    public String lecunInit() {
        return "kernel_initializer='lecun_normal'";
    }

    @Override
    public String reluHidden() {
        return "activation='relu' with kernel_initializer='he_normal'";
    }

    @Override
    public String implicitActivation(ActivationKind activation) {
        return "";
    }

    @Override
    public String logitsOption() {
        return "keep the linear output and pass from_logits=True to the loss";
    }

    @Override
    public String lossCarryingLayer() {
        return "an output layer that model.compile(loss=...) gives a loss";
    }

    @Override
    public String optimizer(String name, String learningRate) {
        return name + "(learning_rate=" + learningRate + ")";
    }

    @Override
    public String defaultEpsilon() {
        return "1e-7, Keras' default";
    }

    @Override
    public String inputScaling() {
        return "a Rescaling(1/255) or Normalization layer first";
    }

    @Override
    public String unconnectedLayer(boolean hasWeights) {
        return hasWeights ? "it is computed for nothing and its weights never get a gradient"
                : "it is computed (or fed) for nothing";
    }

    @Override
    public String logOfUnboundedOutputs() {
        return "Keras clips the outputs to [1e-7, 1 - 1e-7] before the log, so an output outside (0, 1) gets no "
                + "gradient from the loss";
    }

    @Override
    public boolean crossEntropyDividesBySum() {
        return true;
    }

    @Override
    public boolean layersMayBeCalledTwice() {
        return true;
    }
}
