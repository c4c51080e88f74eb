package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.NetlintRun;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.report.ConsoleReport;
import dev.netlint.rule.file.ReaderChecks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes today's findings to the baseline file ({@code netlint-baseline.json} by default), so that {@code check}
 * fails only on findings that are not in it. Run it on purpose ({@code mvn netlint:baseline}), review and commit the
 * file; it is bound to no phase. Suppressed findings are not written: they are accepted already.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractLintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("netlint: skipped (netlint.skip)");
            return;
        }
        LintRequest request = request();
        if (nothingToLint(request)) {
            return; // no empty baseline for a module without models
        }
        // Without the cache: a baseline is written from what this run reads, with check's engine parameters.
        NetlintRun.Outcome outcome = run(request, false);
        ConsoleReport.hidden(outcome.result()).forEach(line -> getLog().debug("netlint: " + line));
        // Stale suppressions are not baselined: they are shown so that they get cleaned up.
        List<Finding> stale = outcome.result().findings().stream()
                .filter(f -> f.ruleId().equals(ReaderChecks.STALE_SUPPRESSION.id())).toList();
        ConsoleReport.View view = ConsoleReport.View.of(Severity.INFO, "").from(start(), base());
        stale.forEach(finding -> log(finding.severity(), ConsoleReport.text(finding, view.where().apply(finding))));
        warnWhenNothingChecked(request, outcome);

        Baseline baseline = Baseline.of(outcome.result().findings());
        Path file = baselinePath();
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(speaker() + ": cannot write baseline " + printed(file) + ": " + e.getMessage(),
                    e);
        }
        List<Finding> written = outcome.result().findings().stream().filter(f -> !stale.contains(f)).toList();
        written.forEach(finding -> getLog().debug("netlint: baselined " + finding.consoleLine()));
        getLog().info(speaker() + ": baseline " + printed(file) + " written: " + count(written.size(), "finding") + " ("
                + count(written.stream().filter(f -> f.severity() == Severity.ERROR).count(), "error") + ", "
                + count(written.stream().filter(f -> f.severity() == Severity.WARNING).count(), "warning") + ", "
                + count(written.stream().filter(f -> f.severity() == Severity.INFO).count(), "info") + ") from "
                + count(outcome.result().filesRead(), "model file")
                + (outcome.result().suppressed().isEmpty() ? ""
                : "; " + outcome.result().suppressed().size() + " suppressed, not written")
                + ". netlint:check now fails only on findings not in it; commit the file.");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
