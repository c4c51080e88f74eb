package dev.netlint.rule;

import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.Layer;
import dev.netlint.model.Network;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may know besides the network (the user's label declaration), and where it reports. A finding's
 * severity is the user's level for the rule where the build sets one ({@code <checks>}); otherwise the rule's default
 * for the file's framework, or the lighter level a rule gives a finding it cannot be sure of ({@link #reportAs}).
 */
public final class RuleContext {

    private final String ruleId;
    private final Severity defaultLevel;
    private final Optional<Severity> userLevel;
    private final Origin origin;
    private final Optional<LabelDeclaration> labels;
    private final boolean inputScalingDeclared;
    private final List<Finding> sink;
    /** The rule is about training and the file is made for inference: every finding says so. */
    private final boolean servingOnly;

    /**
     * @param userLevel the level the build's {@code <checks>} gives the rule, if any: it applies to every finding
     */
    public RuleContext(RuleMeta meta, Network network, Optional<Severity> userLevel, Origin origin,
                       Optional<LabelDeclaration> labels, boolean inputScalingDeclared, List<Finding> sink) {
        this(meta.id(), meta.trainingOnly() && network.inferenceOnly() ? Severity.INFO
                        : meta.severity(network.framework()), userLevel, origin, labels, inputScalingDeclared, sink,
                meta.trainingOnly() && network.inferenceOnly());
    }

    /** Every finding at {@code severity}, whatever the rule's defaults (a fixed level, as a user override gives). */
    public RuleContext(String ruleId, Severity severity, Origin origin, Optional<LabelDeclaration> labels,
                       boolean inputScalingDeclared, List<Finding> sink) {
        this(ruleId, severity, Optional.of(severity), origin, labels, inputScalingDeclared, sink, false);
    }

    private RuleContext(String ruleId, Severity defaultLevel, Optional<Severity> userLevel, Origin origin,
                        Optional<LabelDeclaration> labels, boolean inputScalingDeclared, List<Finding> sink,
                        boolean servingOnly) {
        this.servingOnly = servingOnly;
        this.ruleId = ruleId;
        this.defaultLevel = defaultLevel;
        this.userLevel = userLevel;
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

    /** Reports a problem with one layer, at the layer's position, at the rule's severity. */
    public void report(Layer layer, String problem, String cost, String fix) {
        report(layer.location(), layer.name(), problem, cost, fix);
    }

    public void report(SourceLocation location, String element, String problem, String cost, String fix) {
        add(defaultLevel, location, element, problem, cost, fix);
    }

    /**
     * Reports at most at {@code level}: for a case the rule's measurements do not cover as a failure (a file made for
     * inference only, a head Keras computes differently), so its finding stays lighter than the rule's default.
     * A level heavier than the default is capped at the default.
     */
    public void reportAs(Severity level, Layer layer, String problem, String cost, String fix) {
        reportAs(level, layer.location(), layer.name(), problem, cost, fix);
    }

    public void reportAs(Severity level, SourceLocation location, String element, String problem, String cost,
                         String fix) {
        add(level.atLeast(defaultLevel) ? defaultLevel : level, location, element, problem, cost, fix);
    }

    private void add(Severity level, SourceLocation location, String element, String problem, String cost,
                     String fix) {
        String because = servingOnly ? (cost.isEmpty() ? "" : cost + "; ") + "this matters only if the model is "
                + "trained again: the file is made for inference (no loss anywhere, no training state)" : cost;
        sink.add(new Finding(ruleId, userLevel.orElse(level), origin, location, element, problem, because, fix));
    }
}
