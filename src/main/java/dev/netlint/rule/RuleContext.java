package dev.netlint.rule;

import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.Layer;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;

import java.util.List;
import java.util.Optional;

/** What a rule may know besides the network (the user's label declaration), and where it reports. */
public final class RuleContext {

    private final String ruleId;
    private final Severity severity;
    private final Origin origin;
    private final Optional<LabelDeclaration> labels;
    private final boolean inputScalingDeclared;
    private final List<Finding> sink;

    public RuleContext(String ruleId, Severity severity, Origin origin, Optional<LabelDeclaration> labels,
                       boolean inputScalingDeclared, List<Finding> sink) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.origin = origin;
        this.labels = labels;
        this.inputScalingDeclared = inputScalingDeclared;
        this.sink = sink;
    }

    /** True when the user declares that training scaled the inputs outside the model. */
    public boolean inputScalingDeclared() {
        return inputScalingDeclared;
    }

    /** The user's declaration of this model's labels, if the build declares one. */
    public Optional<LabelDeclaration> labels() {
        return labels;
    }

    /** Reports a problem with one layer, at the layer's position, at the rule's configured severity. */
    public void report(Layer layer, String problem, String cost, String fix) {
        report(layer.location(), layer.name(), problem, cost, fix);
    }

    public void report(SourceLocation location, String element, String problem, String cost, String fix) {
        sink.add(new Finding(ruleId, severity, origin, location, element, problem, cost, fix));
    }
}
