package dev.netlint.rule.labels;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.LabelMode;
import dev.netlint.model.LossKind;
import dev.netlint.rule.Dialect;

import java.util.Optional;

/** What a head expects of its labels, derived from its activation, loss and width. */
final class HeadShape {

    private HeadShape() {
    }

    static boolean isSigmoidLike(Head head) {
        return head.hasActivation(ActivationKind.SIGMOID) || head.hasActivation(ActivationKind.HARD_SIGMOID);
    }

    /** The label mode this head is built for, if its activation and loss agree on one. */
    static Optional<LabelMode> implied(Head head) {
        LossKind loss = head.loss().kind();
        if (head.units().isPresent() && head.units().getAsLong() < 1) {
            return Optional.empty();
        }
        if (isSigmoidLike(head) && loss == LossKind.BINARY_XENT) {
            return Optional.of(head.hasUnits(1) ? LabelMode.BINARY : LabelMode.MULTILABEL);
        }
        if (head.hasActivation(ActivationKind.SOFTMAX) && !(head.units().isPresent() && head.units().getAsLong() < 2)) {
            if (loss == LossKind.SPARSE_MCXENT) {
                return Optional.of(LabelMode.SPARSE);
            }
            if (loss == LossKind.MCXENT || loss == LossKind.NEGATIVE_LOG_LIKELIHOOD) {
                return Optional.of(LabelMode.CATEGORICAL);
            }
        }
        if (loss.isRegressionFamily() && !head.activation().map(ActivationKind::boundedToUnitInterval).orElse(false)) {
            return Optional.of(LabelMode.REGRESSION);
        }
        return Optional.empty();
    }

    /** The head a label mode needs, in words, for messages. */
    static String expectedHead(LabelMode mode, String classes, Dialect dialect) {
        return switch (mode) {
            case BINARY -> dialect.head("1", ActivationKind.SIGMOID, LossKind.BINARY_XENT);
            case CATEGORICAL -> dialect.head(classes, ActivationKind.SOFTMAX, LossKind.MCXENT);
            case SPARSE -> dialect.head(classes, ActivationKind.SOFTMAX, LossKind.SPARSE_MCXENT);
            case MULTILABEL -> dialect.head(classes, ActivationKind.SIGMOID, LossKind.BINARY_XENT);
            case REGRESSION -> "a regression head: " + dialect.regressionHead() + " (or another regression loss, "
                    + "such as " + dialect.loss(LossKind.MAE) + ")";
        };
    }

    /** Width, activation and the loss as the file names it. */
    static String describe(Head head, Dialect dialect) {
        return describeActivation(head, dialect) + " + " + head.loss().name();
    }

    /** Width and activation, for a head whose loss is not known. */
    static String describeActivation(Head head, Dialect dialect) {
        String width = head.units().isPresent() ? dialect.width(head.units().getAsLong()) : "an unknown width";
        return width + " with " + head.activation().map(dialect::activation).orElse("no activation");
    }
}
