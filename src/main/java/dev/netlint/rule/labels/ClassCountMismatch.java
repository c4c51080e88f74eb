package dev.netlint.rule.labels;

import dev.netlint.model.ActivationKind;
import dev.netlint.model.Head;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.rule.Dialect;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Reported: a one-unit head declared for four classes. The width does not depend on the loss, so a file without
 * one (Keras {@code to_json()}) is checked too. A spatial output (one prediction per position) holds classes either
 * per position, in its channels, or flattened over all its values; either count matches.
 */
@RuleInfo(id = "NL202", name = "class-count-mismatch", severity = Severity.ERROR,
        summary = "The output width differs from the declared number of classes")
public final class ClassCountMismatch implements Rule {

    @Override
    public void check(Network network, RuleContext context) {
        if (context.labels().isEmpty() || context.labels().get().classes().isEmpty()) {
            return;
        }
        LabelDeclaration declared = context.labels().get();
        int classes = declared.classes().getAsInt();
        Dialect dialect = Dialect.of(network);
        for (Head head : LabelHeads.of(network)) {
            if (head.units().isEmpty() || !declared.appliesTo(head.layer().name())) {
                continue;
            }
            long units = head.units().getAsLong();
            if (declared.mode() == LabelMode.BINARY) {
                if (classes != 2) {
                    context.report(head.layer(), "declared binary labels with " + classes + " class"
                                    + (classes == 1 ? "" : "es"),
                            "binary means exactly 2 classes; the declaration or the label mode is wrong",
                            classes > 2 ? "declare sparse or categorical labels with " + classes
                                    + " classes, for a head with " + dialect.setWidth(String.valueOf(classes))
                                    + " and " + dialect.activation(ActivationKind.SOFTMAX) : "declare classes 2");
                }
                continue;
            }
            if (declared.mode() == LabelMode.REGRESSION || units == classes) {
                continue;
            }
            List<Long> shape = head.layer().shape().orElse(List.of());
            if (shape.size() > 1 && shape.contains(units)) {
                reportSpatial(head, shape, units, classes, dialect, context);
                continue;
            }
            context.report(head.layer(), "declared " + classes + " classes, but the output has "
                            + dialect.width(units),
                    units < classes ? "the head cannot represent " + (classes - units)
                            + " of the classes; accuracy is capped and the loss can diverge"
                            : "the extra outputs are trained towards classes that never occur",
                    "set " + dialect.setWidth(String.valueOf(classes)) + " on '" + head.layer().name() + "'");
        }
    }

    /** Per-position labels count the channels, flattened labels every value: neither matches here. */
    private static void reportSpatial(Head head, List<Long> shape, long channels, int classes, Dialect dialect,
                                      RuleContext context) {
        OptionalLong values = product(shape);
        if (values.isPresent() && values.getAsLong() == classes) {
            return;
        }
        String dims = shape.stream().map(d -> d < 0 ? "?" : String.valueOf(d)).collect(Collectors.joining("x"));
        context.report(head.layer(), "declared " + classes + " classes, but the output is " + dims + ": "
                        + channels + " channel" + (channels == 1 ? "" : "s") + " at each position"
                        + (values.isPresent() ? ", " + values.getAsLong() + " values in all" : ""),
                "neither labels per position (one class per channel) nor flattened labels (one per value) fit "
                        + classes + " classes, so training fails on the label shape or learns the wrong targets",
                "set the channels of '" + head.layer().name() + "' to " + classes + " ("
                        + dialect.setChannels(String.valueOf(classes))
                        + ") for per-position labels, or declare the classes the labels really have");
    }

    private static OptionalLong product(List<Long> shape) {
        long product = 1;
        for (long d : shape) {
            if (d <= 0) {
                return OptionalLong.empty();
            }
            product = Math.multiplyExact(product, d);
        }
        return OptionalLong.of(product);
    }
}
