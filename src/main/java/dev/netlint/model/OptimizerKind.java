package dev.netlint.model;

/** Optimisers grouped by the learning-rate scale they are designed for. */
public enum OptimizerKind {
    /** Adam, Nadam, Adamax, AMSGrad, AdaBelief, RMSprop: per-parameter normalised steps, default lr about 1e-3. */
    ADAPTIVE,
    /** Plain or momentum SGD (Nesterov included): the step is lr times the raw gradient. */
    SGD,
    /** Adadelta: lr is a multiplier on a self-scaled step; 1.0 is its default. */
    ADADELTA,
    /** Adagrad: accumulates squared gradients, default lr 1e-2 or 1e-3 depending on the framework. */
    ADAGRAD,
    /** Keras Ftrl: per-coordinate steps like Adagrad's (learning_rate_power -0.5), default lr 1e-3. */
    FTRL,
    /** No update at all (DL4J NoOp). */
    NONE,
    OTHER
}
