package dev.netlint.report;

import dev.netlint.rule.RuleMeta;

import java.util.List;
import java.util.Objects;

/**
 * What a report needs besides the result.
 *
 * @param toolVersion netlint's version, as the report names the tool that produced it
 * @param rules       the rules to describe, usually {@code RuleRegistry.metas()}; all of them, not only the ones
 *                    that fired, so that consumers (GitHub code scanning) know every rule and its default level
 */
public record ReportContext(String toolVersion, List<RuleMeta> rules) {

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
    }
}
