package dev.netlint.engine;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The user's per-rule severities: a level, or {@code off}. */
public final class SeverityOverrides {

    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    private final Map<String, Optional<Severity>> byId;

    private SeverityOverrides(Map<String, Optional<Severity>> byId) {
        this.byId = Map.copyOf(byId);
    }

    /**
     * Parses {@code NL102 -> warning} style entries.
     *
     * @throws IllegalArgumentException naming the unknown rule id or level and what is accepted
     */
    public static SeverityOverrides parse(Map<String, String> entries) {
        Map<String, Optional<Severity>> parsed = new HashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String id = entry.getKey().trim().toUpperCase(Locale.ROOT);
            if (RuleRegistry.meta(id).isEmpty()) {
                throw new IllegalArgumentException("unknown rule id '" + entry.getKey() + "' in <checks>; known ids: "
                        + String.join(", ", RuleRegistry.metas().stream().map(RuleMeta::id).toList()));
            }
            String level = entry.getValue() == null ? "" : entry.getValue().trim().toLowerCase(Locale.ROOT);
            if (level.equals("off")) {
                parsed.put(id, Optional.empty());
            } else {
                Severity severity = Severity.parse(level).orElseThrow(() -> new IllegalArgumentException(
                        "unknown level '" + entry.getValue() + "' for " + id
                                + " in <checks>; use error, warning, info or off"));
                parsed.put(id, Optional.of(severity));
            }
        }
        return new SeverityOverrides(parsed);
    }

    /** The severity findings of this rule get, or empty when the rule is switched off. */
    public Optional<Severity> effective(RuleMeta meta) {
        return byId.getOrDefault(meta.id(), Optional.of(meta.severity()));
    }
}
