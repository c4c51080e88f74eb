package dev.netlint.api;

import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a test states about the network it lints, as the plugin's {@code <models>} and {@code <checks>} do in a pom:
 * how the labels are encoded, and the level of any rule or family. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * LintOptions.defaults().labels("categorical", 10).check("NL304", "off").check("NL4xx", "warning")
 * }</pre>
 */
public final class LintOptions {

    private static final LintOptions DEFAULTS = new LintOptions(Optional.empty(), Map.of());

    private final Optional<LabelDeclaration> labels;
    private final Map<String, String> checks;

    private LintOptions(Optional<LabelDeclaration> labels, Map<String, String> checks) {
        this.labels = labels;
        this.checks = checks;
    }

    /** No label declaration, every rule at its default level. */
    public static LintOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Declares labels without a class count: {@code binary} or {@code regression} (the other modes take one too).
     *
     * @throws IllegalArgumentException for a mode that is not binary, categorical, sparse, multilabel or regression
     */
    public LintOptions labels(String mode) {
        return new LintOptions(Optional.of(new LabelDeclaration(mode(mode), OptionalInt.empty())), checks);
    }

    /**
     * Declares labels and their number of classes for every output, like
     * {@code <labels>categorical</labels><classes>10</classes>}.
     *
     * @throws IllegalArgumentException for an unknown mode or fewer than 1 class
     */
    public LintOptions labels(String mode, int classes) {
        return new LintOptions(Optional.of(new LabelDeclaration(mode(mode), classes(classes))), checks);
    }

    /** Declares the labels of one output layer of a network with several, named as in the configuration. */
    public LintOptions labels(String output, String mode, int classes) {
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("the output layer name is empty; name the layer the labels are for");
        }
        return new LintOptions(Optional.of(new LabelDeclaration(mode(mode), classes(classes),
                Optional.of(output))), checks);
    }

    /**
     * Sets the level of one rule ({@code NL304}) or a family ({@code NL4xx}): {@code error}, {@code warning},
     * {@code info} or {@code off}, as in the pom's {@code <checks>}. Checked when the options are used.
     */
    public LintOptions check(String ruleOrFamily, String level) {
        Map<String, String> next = new LinkedHashMap<>(checks);
        next.put(ruleOrFamily, level);
        return new LintOptions(labels, Map.copyOf(next));
    }

    Optional<LabelDeclaration> labelDeclaration() {
        return labels;
    }

    /** @throws IllegalArgumentException naming an unknown rule id or level */
    SeverityOverrides overrides() {
        return checks.isEmpty() ? SeverityOverrides.NONE : SeverityOverrides.parse(checks);
    }

    private static LabelMode mode(String mode) {
        return LabelMode.parse(mode).orElseThrow(() -> new IllegalArgumentException("unknown label mode '" + mode
                + "'; use one of " + String.join(", ", Arrays.stream(LabelMode.values()).map(LabelMode::label)
                .toList())));
    }

    private static OptionalInt classes(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException(classes + " classes; a label declaration needs at least 1 class");
        }
        return OptionalInt.of(classes);
    }
}
