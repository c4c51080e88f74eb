package dev.netlint.rule.labels;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.LossKind;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.Optional;

/** A reported failure: the head is self-consistent or not, but it does not fit the labels the user has. */
@RuleInfo(id = "NL201", name = "label-mode-mismatch", severity = Severity.ERROR,
        summary = "The output head does not fit the declared label mode (activation or loss)")
public final class LabelModeMismatch implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.labels().isEmpty()) {
            return;
        }
        LabelDeclaration declared = context.labels().get();
        String classes = declared.classes().isPresent() ? String.valueOf(declared.classes().getAsInt()) : "K";
        Dialect dialect = Dialect.of(network);
        for (Head head : LabelHeads.of(network)) {
            if (!declared.appliesTo(head.layer().name())) {
                continue;
            }
            if (head.trainedWith().isEmpty()) {
                withoutLoss(declared, head, dialect, context, classes);
                continue;
            }
            if (fits(declared.mode(), head) || isTwoUnitSoftmaxForBinary(declared.mode(), head)) {
                continue;
            }
            if (isSigmoidUnitsPerClass(declared.mode(), head)) {
                context.reportAs(Severity.INFO, head.layer(), "declared " + declared.mode().label()
                                + " labels, but the head is " + HeadShape.describe(head, dialect),
                        "each unit is trained as an independent yes/no, so the outputs need not sum to 1; measured "
                                + "on one-hot labels it trained as well as softmax (accuracy 0.73 instead of 0.75, "
                                + "0.92 instead of 0.93, 1.00 on a CNN), so this is advice",
                        HeadShape.expectedHead(declared.mode(), classes, dialect));
                continue;
            }
            context.report(head.layer(), "declared " + declared.mode().label() + " labels, but the head is "
                            + HeadShape.describe(head, dialect),
                    cost(declared.mode(), head, dialect),
                    HeadShape.expectedHead(declared.mode(), classes, dialect));
        }
    }

    /**
     * A head whose loss the file does not hold, judged by what does not depend on the loss: the activation and the
     * width. Only what no loss can fix is reported; a linear output, for instance, may feed a loss that takes logits.
     */
    private static void withoutLoss(LabelDeclaration declared, Head head, Dialect dialect, RuleContext context,
                                    String classes) {
        Optional<String> cost = costWithoutLoss(declared, head);
        if (cost.isPresent()) {
            context.report(head.layer(), "declared " + declared.mode().label() + " labels, but the head is "
                            + HeadShape.describeActivation(head, dialect)
                            + LabelHeads.withoutLoss(declared.mode(), dialect),
                    cost.get(), HeadShape.expectedHead(declared.mode(), classes, dialect));
        }
    }

    static Optional<String> costWithoutLoss(LabelDeclaration declared, Head head) {
        if (head.units().isEmpty() || head.units().getAsLong() < 1) {
            return Optional.empty();
        }
        long units = head.units().getAsLong();
        boolean softmax = head.hasActivation(ActivationKind.SOFTMAX);
        int classes = declared.classes().orElse(0);
        return switch (declared.mode()) {
            case BINARY -> HeadShape.isSigmoidLike(head) && units > 1 || softmax && units > 2
                    ? Optional.of("one 0/1 label per example cannot be scored against " + units + " outputs")
                    : Optional.empty();
            case CATEGORICAL, SPARSE -> HeadShape.isSigmoidLike(head) && units == 1 && classes != 2
                    ? Optional.of("a single sigmoid unit models two classes only; with "
                    + (classes > 2 ? classes : "more") + " classes most of them can never be predicted")
                    : Optional.empty();
            case MULTILABEL -> softmax && units > 1
                    ? Optional.of("softmax makes the outputs sum to 1, so at most one label can be predicted "
                    + "present per example")
                    : Optional.empty();
            case REGRESSION -> softmax
                    ? Optional.of("softmax outputs lie in (0, 1) and sum to 1, so real-valued targets cannot be "
                    + "reached")
                    : Optional.empty();
        };
    }

    /** One-hot labels on one sigmoid unit per class with binary cross-entropy: a multi-label head used for one class. */
    private static boolean isSigmoidUnitsPerClass(LabelMode mode, Head head) {
        return mode == LabelMode.CATEGORICAL && HeadShape.isSigmoidLike(head)
                && head.loss().kind() == LossKind.BINARY_XENT && head.units().orElse(0) > 1;
    }

    /** Left to NL204: valid only with one-hot labels, which "binary" does not promise. */
    static boolean isTwoUnitSoftmaxForBinary(LabelMode mode, Head head) {
        return mode == LabelMode.BINARY && head.hasUnits(2) && head.hasActivation(ActivationKind.SOFTMAX)
                && (head.loss().kind() == LossKind.MCXENT || head.loss().kind() == LossKind.NEGATIVE_LOG_LIKELIHOOD);
    }

    private static boolean fits(LabelMode mode, Head head) {
        LossKind loss = head.loss().kind();
        if (loss == LossKind.OTHER) {
            return true;
        }
        return switch (mode) {
            case BINARY -> HeadShape.isSigmoidLike(head) && loss == LossKind.BINARY_XENT
                    && (head.units().isEmpty() || head.hasUnits(1))
                    // a 0/1 index over two softmax units is exactly what sparse cross-entropy takes
                    || head.hasActivation(ActivationKind.SOFTMAX) && loss == LossKind.SPARSE_MCXENT
                    && (head.units().isEmpty() || head.hasUnits(2));
            case CATEGORICAL -> head.hasActivation(ActivationKind.SOFTMAX)
                    && (loss == LossKind.MCXENT || loss == LossKind.NEGATIVE_LOG_LIKELIHOOD);
            case SPARSE -> head.hasActivation(ActivationKind.SOFTMAX) && loss == LossKind.SPARSE_MCXENT;
            case MULTILABEL -> HeadShape.isSigmoidLike(head) && loss == LossKind.BINARY_XENT;
            case REGRESSION -> !loss.expectsProbability();
        };
    }

    private static String cost(LabelMode mode, Head head, Dialect dialect) {
        LossKind loss = head.loss().kind();
        if (mode == LabelMode.SPARSE && (loss == LossKind.MCXENT || loss == LossKind.NEGATIVE_LOG_LIKELIHOOD)) {
            return dialect.loss(loss) + " expects one-hot rows, so integer labels are read as a wrong distribution";
        }
        if (mode == LabelMode.CATEGORICAL && loss == LossKind.SPARSE_MCXENT) {
            return dialect.loss(loss) + " expects one integer index per example, so one-hot rows fail or mis-train";
        }
        if (mode == LabelMode.SPARSE && loss == LossKind.BINARY_XENT && head.hasUnits(1)) {
            return "a single sigmoid unit models two classes only; with labels 0..K-1 binary "
                    + "cross-entropy is unbounded below (measured: accuracy 0.50 instead of 1.00 on 4 classes, 0.25 "
                    + "instead of 0.65 on a recurrent task)";
        }
        if (mode == LabelMode.BINARY && loss.isMultiClassCrossEntropy()) {
            return "one 0/1 label per example does not fit a multi-class loss over several outputs, which "
                    + "needs one-hot rows";
        }
        if (mode == LabelMode.REGRESSION) {
            return "cross-entropy needs 0/1 targets and probability outputs; real-valued targets give a "
                    + "meaningless, possibly negative loss";
        }
        return "the loss and the labels disagree, so training optimises the wrong objective";
    }
}
