package dev.netlint.engine;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's per-rule severities: a level, or {@code off}, for one rule id or for a family wildcard
 * ({@code NL4*}, spelled {@code NL4xx} in a pom). An exact id wins over a wildcard, a longer wildcard over a shorter.
 */
public final class SeverityOverrides {

    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    private static final String WHERE = "<checks>";

    private final Map<String, Optional<Severity>> byId;

    private SeverityOverrides(Map<String, Optional<Severity>> byId) {
        this.byId = Map.copyOf(byId);
    }

    /**
     * Parses {@code NL102 -> warning} and {@code NL4xx -> off} style entries and resolves them against the
     * registered rules.
     *
     * @throws IllegalArgumentException naming the unknown rule id or level, a wildcard that matches no rule, or two
     *                                  equally specific entries that give one rule different levels
     */
    public static SeverityOverrides parse(Map<String, String> entries) {
        List<Entry> parsed = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            RuleIdPattern pattern = RuleIdPattern.parse(entry.getKey(), WHERE);
            parsed.add(new Entry(entry.getKey().trim(), pattern, level(entry.getValue(), pattern)));
        }
        Map<String, Optional<Severity>> byId = new HashMap<>();
        for (RuleMeta meta : RuleRegistry.metas()) {
            Entry winner = null;
            for (Entry entry : parsed) {
                if (!entry.pattern.matches(meta.id())) {
                    continue;
                }
                if (winner == null || entry.pattern.specificity() > winner.pattern.specificity()) {
                    winner = entry;
                } else if (entry.pattern.specificity() == winner.pattern.specificity()
                        && !entry.level.equals(winner.level)) {
                    throw new IllegalArgumentException("<" + winner.written + "> and <" + entry.written + "> in "
                            + WHERE + " give " + meta.id() + " different levels; keep one of them");
                }
            }
            if (winner != null) {
                byId.put(meta.id(), winner.level);
            }
        }
        return new SeverityOverrides(byId);
    }

    private static Optional<Severity> level(String value, RuleIdPattern pattern) {
        String level = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (level.equals("off")) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(level).orElseThrow(() -> new IllegalArgumentException(
                "unknown level '" + value + "' for " + pattern.text() + " in " + WHERE
                        + "; use error, warning, info or off")));
    }

    /** The severity findings of this rule get, or empty when the rule is switched off. */
    public Optional<Severity> effective(RuleMeta meta) {
        return byId.getOrDefault(meta.id(), Optional.of(meta.severity()));
    }

    /** True when the build switches the rule off. */
    public boolean switchedOff(RuleMeta meta) {
        return byId.getOrDefault(meta.id(), Optional.of(meta.severity())).isEmpty();
    }

    /** The level the build gives the rule, or empty where it leaves the rule at its defaults (or switches it off). */
    public Optional<Severity> declared(RuleMeta meta) {
        return byId.getOrDefault(meta.id(), Optional.empty());
    }

    private record Entry(String written, RuleIdPattern pattern, Optional<Severity> level) {
    }
}
