package dev.netlint.rule.file;

import dev.netlint.model.ModelFile;
import dev.netlint.model.ReadFact;
import dev.netlint.model.Severity;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleInfo;

/**
 * DL4J's own shape inference, run by the reader on what the file holds, refused the network (a Strict-mode
 * convolution whose stride does not divide its input, a kernel larger than its input): the framework refuses it
 * too, at {@code init()} or on the first batch, so the finding is DL4J's message at the layer it threw at.
 */
@RuleInfo(id = "NL710", name = "dl4j-shape-refused", severity = Severity.ERROR,
        summary = "DL4J's own shape inference refuses a layer, as its builder does")
public final class ShapeRefusedByDl4j implements Rule {

    @Override
    public void check(ModelFile file, RuleContext context) {
        for (ReadFact.ShapeRefused refusal : file.facts(ReadFact.ShapeRefused.class)) {
            context.report(refusal.location(), refusal.layer(),
                    "DL4J's shape inference refuses this layer: " + refusal.message(),
                    "DL4J's builder refuses this network, and a file holding it fails at init() or on the first batch in most "
                            + "cases (measured: the first fit() threw for a Strict convolution on both tasks)",
                    "make the layer fit its input: kernel, stride and padding that divide it (or ConvolutionMode.Same"
                            + " / Truncate), or a larger input");
        }
    }
}
