package dev.netlint.rule;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Framework;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;

/**
 * The vocabulary of the framework that wrote a file, so a finding's fix can be typed into that framework's API:
 * a Keras file is told about {@code units} and {@code 'softmax'}, a DL4J file about {@code nOut} and
 * {@code Activation.SOFTMAX}. Rules build every framework-specific word through here, never by testing the framework
 * themselves; a new framework is one new implementation and one more case in {@link #of(Framework)}, which the
 * compiler insists on.
 */
public interface Dialect {

    static Dialect of(Network network) {
        return of(network.framework());
    }

    static Dialect of(Framework framework) {
        return switch (framework) {
            case DL4J -> Dl4jDialect.INSTANCE;
            case KERAS -> KerasDialect.INSTANCE;
        };
    }

    /** The width of an output, as the file states it: {@code 5 units} or {@code nOut = 5}. */
    String width(long units);

    /** How to set a layer's width: {@code units=5} or {@code nOut(5)}. */
    String setWidth(String units);

    /** How to set the channels of a spatial output: {@code filters=5} or {@code nOut(5)}. */
    String setChannels(String channels);

    /** Why a file may hold no loss at all, as a clause for "the file holds no loss, ...", or empty. */
    String whyNoLoss();

    /** An activation as the API spells it: {@code 'softmax'} or {@code Activation.SOFTMAX}. */
    String activation(ActivationKind activation);

    /** A loss as the API spells it: {@code categorical_crossentropy} or {@code LossMCXENT}. */
    String loss(LossKind loss);

    /**
     * A complete output head: {@code Dense(4, activation='softmax') + categorical_crossentropy} or
     * {@code an output layer with nOut(4), Activation.SOFTMAX and LossMCXENT}; {@code units} may be a symbol ("K").
     */
    String head(String units, ActivationKind activation, LossKind loss);

    /** The same head without a width, for advice that keeps the layer's own: activation + loss. */
    String pairing(ActivationKind activation, LossKind loss);

    String heInit();

    String glorotInit();

    String lecunInit();

    /** ReLU hidden layers with the initialiser derived for them. */
    String reluHidden();

    /** Why a hidden layer may have this activation without anyone choosing it, or empty. */
    String implicitActivation(ActivationKind activation);

    /** Where an unbounded output may stay unbounded because the loss applies the squashing itself, or empty. */
    String logitsOption();

    /** The kind of layer that carries a loss, for "end the network with ...". */
    String lossCarryingLayer();

    /** A regression head: identity activation and a squared-error loss. */
    default String regressionHead() {
        return pairing(ActivationKind.IDENTITY, LossKind.MSE);
    }

    /** An optimiser with its learning rate as the API takes it: {@code Adam(learning_rate=0.1)}, {@code Adam(0.1)}. */
    String optimizer(String name, String learningRate);

    /** The framework's default epsilon for adaptive optimisers. */
    String defaultEpsilon();

    /** How a model carries its own input scaling, so that prediction code cannot forget it. */
    String inputScaling();

    /** What a layer or vertex that reaches no output costs in this framework. */
    String unconnectedLayer(boolean hasWeights);

    /** What the framework's cross-entropy does with outputs outside (0, 1). */
    String logOfUnboundedOutputs();

    /**
     * True when the framework's multi-class cross-entropy on probabilities divides the outputs by their sum before
     * the log (Keras' categorical_crossentropy), false when it takes the log of the true class's output as it is
     * (DL4J's MCXENT).
     */
    boolean crossEntropyDividesBySum();

    /**
     * True when a layer may be called at several depths of the graph (Keras shared layers: a layer-level loop is
     * then legal, since every call is its own node).
     */
    boolean layersMayBeCalledTwice();
}
