package dev.netlint.rule.file;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

/**
 * DL4J's own shape inference, run by the reader on what the file holds, refused the network (a Strict-mode
 * convolution whose stride does not divide its input, a kernel larger than its input): the framework would refuse it
 * too, at {@code init()} or on the first batch. The finding is DL4J's message, at the layer it threw at.
 */
public final class Dl4jShapeCheck {

    public static final RuleMeta SHAPE_REFUSED = new RuleMeta("NL710", "dl4j-shape-refused", Severity.ERROR,
            "DL4J's own shape inference refuses a layer: the network cannot be initialised or run");

    private Dl4jShapeCheck() {
    }
}
