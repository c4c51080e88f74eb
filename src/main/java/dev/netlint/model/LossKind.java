package dev.netlint.model;

import java.util.Locale;

/**
 * Loss functions by meaning. The MCXENT family mirrors DL4J's class hierarchy (negative log likelihood and sparse
 * MCXENT extend MCXENT there), because DL4J's own output-layer check matches on that hierarchy.
 */
public enum LossKind {
    MCXENT("multi-class cross-entropy"),
    NEGATIVE_LOG_LIKELIHOOD("negative log-likelihood"),
    SPARSE_MCXENT("sparse multi-class cross-entropy"),
    BINARY_XENT("binary cross-entropy"),
    MSE("mean squared error"),
    L2("L2 (sum of squared errors)"),
    MAE("mean absolute error"),
    L1("L1 (sum of absolute errors)"),
    MAPE("mean absolute percentage error"),
    MSLE("mean squared logarithmic error"),
    HINGE("hinge"),
    SQUARED_HINGE("squared hinge"),
    KL_DIVERGENCE("KL divergence"),
    POISSON("Poisson"),
    COSINE_PROXIMITY("cosine proximity"),
    WASSERSTEIN("Wasserstein"),
    F_MEASURE("F-measure"),
    MIXTURE_DENSITY("mixture density"),
    MULTI_LABEL("multi-label"),
    OTHER("custom");

    private final String description;

    LossKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** MCXENT and its DL4J subclasses: all assume the outputs form one distribution over the units. */
    public boolean isMultiClassCrossEntropy() {
        return this == MCXENT || this == NEGATIVE_LOG_LIKELIHOOD || this == SPARSE_MCXENT;
    }

    /** Losses that take the log of the output and so need it in [0, 1] (DL4J OutputLayerUtil's definition). */
    public boolean expectsProbability() {
        return isMultiClassCrossEntropy() || this == BINARY_XENT;
    }

    /** Regression losses that measure a distance between output and label. */
    public boolean isRegressionFamily() {
        return this == MSE || this == L2 || this == MAE || this == L1 || this == MAPE || this == MSLE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
