package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.Network;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadNote;
import dev.netlint.read.ReadOutcome;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import dev.netlint.rule.file.ReaderChecks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads files, runs every enabled rule on every network, and collects findings. Runs without Maven: the mojo, the
 * command line and the tests all drive it the same way.
 */
public final class LintEngine {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::element);

    private final SeverityOverrides overrides;
    private final ModelFileReader reader = new ModelFileReader();

    public LintEngine(SeverityOverrides overrides) {
        this.overrides = overrides;
    }

    public LintResult lint(List<ModelInput> inputs) {
        List<Finding> findings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<NetworkSummary> summaries = new ArrayList<>();
        int filesRead = 0;
        int networks = 0;
        for (ModelInput input : inputs) {
            ReadOutcome outcome;
            try {
                outcome = reader.read(input.path());
            } catch (ReadException e) {
                report(findings, ReaderChecks.UNREADABLE, input.displayPath(), e.location(), "",
                        "cannot read model: " + e.getMessage(), "", "");
                continue;
            } catch (RuntimeException | LinkageError e) {
                report(findings, ReaderChecks.UNREADABLE, input.displayPath(), SourceLocation.START_OF_FILE, "",
                        "cannot read model: internal error " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                        "", "report this file to netlint");
                continue;
            }
            if (outcome instanceof ReadOutcome.NotAModel notAModel) {
                if (input.listed()) {
                    report(findings, ReaderChecks.UNREADABLE, input.displayPath(), SourceLocation.START_OF_FILE, "",
                            "not a model configuration: " + notAModel.reason(), "",
                            "point <file> at a model file (DL4J JSON or zip, Keras JSON, .keras or .h5, tfjs model.json)");
                } else {
                    skipped.add(input.displayPath() + ": " + notAModel.reason());
                }
                continue;
            }
            ReadOutcome.Models models = (ReadOutcome.Models) outcome;
            filesRead++;
            String file = models.entry().isEmpty() ? input.displayPath()
                    : input.displayPath() + "!/" + models.entry();
            for (ReadNote note : models.notes()) {
                RuleMeta meta = RuleRegistry.meta(note.ruleId()).orElseThrow();
                report(findings, meta, file, note.location(), note.element(), note.problem(), note.cost(),
                        note.fix());
            }
            for (Network network : models.networks()) {
                networks++;
                runRules(network, input, file, findings);
                summaries.add(NetworkSummary.of(file, network));
            }
        }
        findings.sort(ORDER);
        return new LintResult(findings, filesRead, skipped.size(), networks, skipped, summaries);
    }

    private void runRules(Network network, ModelInput input, String file, List<Finding> findings) {
        for (Rule rule : RuleRegistry.rules()) {
            RuleMeta meta = rule.meta();
            Optional<Severity> severity = overrides.effective(meta);
            if (severity.isEmpty()) {
                continue;
            }
            RuleContext context = new RuleContext(meta.id(), severity.get(), file, input.labels(),
                    input.inputScaling(), findings);
            try {
                rule.check(network, context);
            } catch (RuntimeException e) {
                report(findings, ReaderChecks.UNREADABLE, file, network.location(), "",
                        "netlint rule " + meta.id() + " failed on this model: " + e, "",
                        "report this file to netlint; switch the rule off meanwhile");
            }
        }
    }

    private void report(List<Finding> findings, RuleMeta meta, String file, SourceLocation location,
                        String element, String problem, String cost, String fix) {
        overrides.effective(meta).ifPresent(severity ->
                findings.add(new Finding(meta.id(), severity, file, location, element, problem, cost, fix)));
    }
}
