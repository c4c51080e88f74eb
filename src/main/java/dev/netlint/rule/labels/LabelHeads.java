package dev.netlint.rule.labels;

import dev.netlint.model.Framework;
import dev.netlint.model.Head;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Network;

import java.util.List;

/** The outputs the label rules judge, and what they say when the file holds no loss to judge with. */
final class LabelHeads {

    private LabelHeads() {
    }

    /**
     * The heads trained with a loss the file records; every network output when the format keeps no loss at all
     * (Keras {@code model.to_json()}): width and activation alone still show most label mistakes.
     */
    static List<Head> of(Network network) {
        return network.facts().lossesKnown() ? Head.of(network) : Head.all(network);
    }

    /** The loss a label mode calls for, in the framework's own words: what a check without a loss assumes. */
    static String assumedLoss(LabelMode mode, Framework framework) {
        boolean keras = framework == Framework.KERAS;
        return switch (mode) {
            case BINARY, MULTILABEL -> keras ? "binary_crossentropy" : "XENT";
            case CATEGORICAL -> keras ? "categorical_crossentropy" : "MCXENT";
            case SPARSE -> keras ? "sparse_categorical_crossentropy" : "SparseMCXENT";
            case REGRESSION -> keras ? "mean_squared_error" : "MSE";
        };
    }

    /** The clause that tells a reader a finding was reached without the loss, and on what assumption. */
    static String withoutLoss(LabelMode mode, Framework framework) {
        return " (the file holds no loss" + (framework == Framework.KERAS ? ", as model.to_json() saves none" : "")
                + "; judged as if trained with " + assumedLoss(mode, framework) + ", the loss these labels call for)";
    }
}
