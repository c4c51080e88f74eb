package dev.netlint.rule.file;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.util.List;

/**
 * Checks made while reading a file rather than by a rule on the network. They are declared here so that they are
 * documented, listed and configurable like every rule.
 */
public final class ReaderChecks {

    public static final RuleMeta UNREADABLE = new RuleMeta("NL000", "unreadable-model", Severity.ERROR,
            "A model file cannot be read: malformed, unsupported or unsafe content");
    public static final RuleMeta TRAILING_VALUE = new RuleMeta("NL001", "trailing-json-value", Severity.WARNING,
            "A second JSON value after the configuration, which DL4J silently ignores");
    public static final RuleMeta OPAQUE_LAYER = new RuleMeta("NL002", "unknown-layer-class", Severity.WARNING,
            "A custom layer or vertex class netlint cannot model; it is skipped, the rest is checked");

    public static final RuleMeta NO_TRAINING_CONFIG = new RuleMeta("NL003", "no-training-config", Severity.INFO,
            "The file holds no loss (Keras to_json, or compiled without one): loss and label checks were skipped");

    /** Not about a model: about the user's suppressions file, so that suppressions do not outlive their finding. */
    public static final RuleMeta STALE_SUPPRESSION = new RuleMeta("NL004", "stale-suppression", Severity.INFO,
            "A suppression that matches no finding: it hides nothing now and would hide a new finding unseen");

    public static final RuleMeta LAMBDA_BYTECODE = new RuleMeta("NL901", "keras-lambda-bytecode", Severity.ERROR,
            "Keras Lambda layer holding serialized Python bytecode, which runs when the model is loaded");
    public static final RuleMeta RAW_TF_OP = new RuleMeta("NL902", "tensorflow-op-layer", Severity.ERROR,
            "TensorFlowOpLayer holding a raw TensorFlow op definition, which runs as written when the model loads");
    public static final RuleMeta FOREIGN_MODULE = new RuleMeta("NL904", "keras-foreign-module", Severity.ERROR,
            "Keras 3 object naming a module outside Keras and TensorFlow, which loading imports and calls");
    public static final RuleMeta UNEXPECTED_ARCHIVE_ENTRY = new RuleMeta("NL903", "unexpected-archive-entry",
            Severity.WARNING, "Model archive with an entry its format does not define, or with an entry twice");

    private ReaderChecks() {
    }

    public static List<RuleMeta> all() {
        return List.of(UNREADABLE, TRAILING_VALUE, OPAQUE_LAYER, NO_TRAINING_CONFIG, STALE_SUPPRESSION,
                LAMBDA_BYTECODE, RAW_TF_OP, UNEXPECTED_ARCHIVE_ENTRY, FOREIGN_MODULE);
    }
}
