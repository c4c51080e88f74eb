package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings        every finding, sorted by file, position and rule id
 * @param filesRead       files that held a model
 * @param filesSkipped    files under the source directories that held no model (debug-logged)
 * @param networksChecked networks the rules ran on
 * @param skipped         display path and reason of each skipped file
 * @param networks        a summary of every network checked, in file order
 */
public record LintResult(List<Finding> findings, int filesRead, int filesSkipped, int networksChecked,
                         List<String> skipped, List<NetworkSummary> networks) {

    public LintResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        networks = List.copyOf(networks);
    }

    public LintResult(List<Finding> findings, int filesRead, int filesSkipped, int networksChecked,
                      List<String> skipped) {
        this(findings, filesRead, filesSkipped, networksChecked, skipped, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).count();
    }
}
