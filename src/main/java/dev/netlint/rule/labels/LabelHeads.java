package dev.netlint.rule.labels;

import dev.netlint.model.Head;
import dev.netlint.model.LabelMode;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.rule.Dialect;

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
    static String assumedLoss(LabelMode mode, Dialect dialect) {
        return dialect.loss(switch (mode) {
            case BINARY, MULTILABEL -> LossKind.BINARY_XENT;
            case CATEGORICAL -> LossKind.MCXENT;
            case SPARSE -> LossKind.SPARSE_MCXENT;
            case REGRESSION -> LossKind.MSE;
        });
    }

    /** The clause that tells a reader a finding was reached without the loss, and on what assumption. */
    static String withoutLoss(LabelMode mode, Dialect dialect) {
        String why = dialect.whyNoLoss();
        return " (the file holds no loss" + (why.isEmpty() ? "" : ", " + why)
                + "; judged as if trained with " + assumedLoss(mode, dialect) + ", the loss these labels call for)";
    }
}
