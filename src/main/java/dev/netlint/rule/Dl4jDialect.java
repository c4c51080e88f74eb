package dev.netlint.rule;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.LossKind;

import java.util.Locale;

/** Deeplearning4j's builder API. */
final class Dl4jDialect implements Dialect {

    static final Dl4jDialect INSTANCE = new Dl4jDialect();

    private Dl4jDialect() {
    }

    @Override
    public String width(long units) {
        return "nOut = " + units;
    }

    @Override
    public String setWidth(String units) {
        return "nOut(" + units + ")";
    }

    @Override
    public String setChannels(String channels) {
        return setWidth(channels);
    }

    @Override
    public String whyNoLoss() {
        return "";
    }

    @Override
    public String activation(ActivationKind activation) {
        return "Activation." + switch (activation) {
            case LEAKY_RELU -> "LEAKYRELU";
            case HARD_SIGMOID -> "HARDSIGMOID";
            case HARD_TANH -> "HARDTANH";
            case RATIONAL_TANH -> "RATIONALTANH";
            case RECTIFIED_TANH -> "RECTIFIEDTANH";
            case RANDOMIZED_RELU -> "RRELU";
            case THRESHOLDED_RELU -> "THRESHOLDEDRELU";
            default -> activation.name().toUpperCase(Locale.ROOT);
        };
    }

    @Override
    public String loss(LossKind loss) {
        return switch (loss) {
            case MCXENT -> "LossMCXENT";
            case NEGATIVE_LOG_LIKELIHOOD -> "LossNegativeLogLikelihood";
            case SPARSE_MCXENT -> "LossSparseMCXENT";
            case BINARY_XENT -> "LossBinaryXENT";
            case MSE -> "LossMSE";
            case L2 -> "LossL2";
            case MAE -> "LossMAE";
            case L1 -> "LossL1";
            case MAPE -> "LossMAPE";
            case MSLE -> "LossMSLE";
            case HINGE -> "LossHinge";
            case SQUARED_HINGE -> "LossSquaredHinge";
            case KL_DIVERGENCE -> "LossKLD";
            case POISSON -> "LossPoisson";
            case COSINE_PROXIMITY -> "LossCosineProximity";
            case WASSERSTEIN -> "LossWasserstein";
            case F_MEASURE -> "LossFMeasure";
            case MIXTURE_DENSITY -> "LossMixtureDensity";
            case MULTI_LABEL -> "LossMultiLabel";
            case OTHER -> loss.description() + " loss";
        };
    }

    @Override
    public String head(String units, ActivationKind activation, LossKind loss) {
        return "an OutputLayer with nOut(" + units + "), " + activation(activation) + " and " + loss(loss);
    }

    @Override
    public String pairing(ActivationKind activation, LossKind loss) {
        return activation(activation) + " + " + loss(loss);
    }

    @Override
    public String heInit() {
        return "weightInit(WeightInit.RELU) (He)";
    }

    @Override
    public String glorotInit() {
        return "weightInit(WeightInit.XAVIER) (Glorot)";
    }

    @Override
    public String lecunInit() {
        return "weightInit(WeightInit.LECUN_NORMAL)";
    }

    @Override
    public String reluHidden() {
        return ".activation(Activation.RELU) with weightInit(WeightInit.RELU)";
    }

    @Override
    public String implicitActivation(ActivationKind activation) {
        return activation == ActivationKind.SIGMOID ? "DL4J's default when no activation is set" : "";
    }

    @Override
    public String logitsOption() {
        return "";
    }

    @Override
    public String lossCarryingLayer() {
        return "an OutputLayer (or a LossLayer after the last layer)";
    }

    @Override
    public String optimizer(String name, String learningRate) {
        return name + "(" + learningRate + ")";
    }

    @Override
    public String defaultEpsilon() {
        return "DL4J's default: 1e-8 for Adam and RmsProp, 1e-6 for AdaGrad and AdaDelta";
    }

    @Override
    public String inputScaling() {
        return "the fitted normalizer saved in the model zip (ModelSerializer.addNormalizerToModel)";
    }

    @Override
    public String unconnectedLayer(boolean hasWeights) {
        return "DL4J's graph builder refuses a disconnected vertex, and with allowDisconnected(true) the first fit() "
                + "throws (\"all epsilons not set\"), as measured: the network cannot be trained";
    }

    @Override
    public String logOfUnboundedOutputs() {
        return "DL4J's builder refuses this pair; the loss takes the log of values outside (0, 1): NaN or unbounded "
                + "loss";
    }

    @Override
    public boolean crossEntropyDividesBySum() {
        return false;
    }

    @Override
    public boolean layersMayBeCalledTwice() {
        return false;
    }
}
