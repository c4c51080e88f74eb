package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param findings        the findings that count: every finding a suppression or the baseline did not take out,
 *                        sorted by file, position and rule id
 * @param filesRead       files that held a model
 * @param filesSkipped    files under the source directories that held no model (debug-logged)
 * @param networksChecked networks the rules ran on
 * @param skippedFiles    each skipped file and why
 * @param networks        a summary of every network checked, in file order
 * @param suppressed      findings a suppression took out, each with the suppression (and its reason)
 * @param baselined       findings the baseline file lists: known debt, reported but not counted
 * @param baselineUsed    true when a baseline file was applied (then every other finding is new)
 */
public record LintResult(List<Finding> findings, int filesRead, int filesSkipped, int networksChecked,
                         List<SkippedFile> skippedFiles, List<NetworkSummary> networks, List<Suppressed> suppressed,
                         List<Finding> baselined, boolean baselineUsed) {

    public LintResult {
        findings = List.copyOf(findings);
        skippedFiles = List.copyOf(skippedFiles);
        networks = List.copyOf(networks);
        suppressed = List.copyOf(suppressed);
        baselined = List.copyOf(baselined);
    }

    /** A result nothing was taken out of. */
    public LintResult(List<Finding> findings, int filesRead, int filesSkipped, int networksChecked,
                      List<SkippedFile> skippedFiles, List<NetworkSummary> networks) {
        this(findings, filesRead, filesSkipped, networksChecked, skippedFiles, networks, List.of(), List.of(), false);
    }

    /** A result nothing was taken out of, without network summaries. */
    public LintResult(List<Finding> findings, int filesRead, int filesSkipped, int networksChecked,
                      List<SkippedFile> skippedFiles) {
        this(findings, filesRead, filesSkipped, networksChecked, skippedFiles, List.of());
    }

    /** The run over {@code files}, one result per input: their findings in {@link LintEngine#ORDER}. */
    public static LintResult of(List<FileResult> files) {
        List<Finding> findings = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<NetworkSummary> networks = new ArrayList<>();
        int read = 0;
        for (FileResult file : files) {
            findings.addAll(file.findings());
            file.skipReason().ifPresent(reason -> skipped.add(new SkippedFile(file.input().origin(), reason)));
            networks.addAll(file.networks());
            read += file.read() ? 1 : 0;
        }
        findings.sort(LintEngine.ORDER);
        return new LintResult(findings, read, skipped.size(), networks.size(), skipped, networks);
    }

    /** The debug line of each skipped file: {@code path: reason}. */
    public List<String> skipped() {
        return skippedFiles.stream().map(SkippedFile::line).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
