package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

@RuleInfo(id = "NL902", name = "tensorflow-op-layer", severity = Severity.ERROR,
        summary = "TensorFlowOpLayer holding a raw TensorFlow op definition, which runs as written when the model "
                + "loads")
public final class TensorFlowOpLayer implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.RawOpLayer layer : file.facts(ReadFact.RawOpLayer.class)) {
            context.report(layer.location(), layer.layer(),
                    "TensorFlowOpLayer '" + layer.layer() + "' holds a raw TensorFlow op definition"
                            + (layer.op().isEmpty() ? "" : " (op '" + layer.op() + "')"),
                    "TensorFlow builds and runs the op exactly as written when the model loads, and an op "
                            + "definition can name any op, including ones that read or write files",
                    "rebuild this step with Keras layers, and review the op before anyone loads the model; netlint "
                            + "never builds or runs it");
        }
    }
}
