package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.ModelFile;
import dev.netlint.model.Network;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Origin;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.FormatRegistry;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import dev.netlint.rule.file.ReaderChecks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads files, runs every enabled rule on every network, and collects findings. Runs without Maven: the mojo, the
 * command line and the tests all drive it the same way.
 */
public final class LintEngine {

    /** The order of findings in every result and report: file, position, rule, element. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::element);

    private final SeverityOverrides overrides;
    private final EngineOptions options;
    private final ModelFileReader reader;

    public LintEngine(SeverityOverrides overrides) {
        this(overrides, EngineOptions.defaults());
    }

    /** @throws IllegalArgumentException for options that cannot work (an unusable allowed class prefix) */
    public LintEngine(SeverityOverrides overrides, EngineOptions options) {
        this.overrides = overrides;
        this.options = options;
        this.reader = options.reader();
    }

    /** Lints every input; the findings of all of them, in {@link #ORDER}. */
    public LintResult lint(List<ModelInput> inputs) {
        return LintResult.of(lintEach(inputs));
    }

    /**
     * What the up-to-date cache kept for a file: the engine asks once it has read the file and hashed its bytes, on
     * the worker thread (so the hashing is spread over the cores like the linting, and nothing reads a file twice).
     */
    @FunctionalInterface
    public interface Replay {
        /** The result kept for {@code input} with exactly the content whose SHA-256 is {@code sha256}, if any. */
        Optional<FileResult> lookup(ModelInput input, String sha256);
    }

    /** Lints every input (spread over threads): one result per input, in input order. */
    public List<FileResult> lintEach(List<ModelInput> inputs) {
        return BoundedParallel.map(inputs, input -> lintFile(input, Optional.empty()), options.threads(),
                options.timeoutPerFile(), this::failed);
    }

    /**
     * Lints every input as {@link #lintEach(List)} does, except that each file's bytes are hashed as read: a file
     * {@code replay} knows by that hash is not linted but given the kept result, and every result carries the
     * hash of the bytes it comes from ({@link FileResult#sha256()}), for the cache to keep.
     */
    public List<FileResult> lintEach(List<ModelInput> inputs, Replay replay) {
        return BoundedParallel.map(inputs, input -> lintFile(input, Optional.of(replay)), options.threads(),
                options.timeoutPerFile(), this::failed);
    }

    private FileResult lintFile(ModelInput input, Optional<Replay> replay) {
        Optional<byte[]> bytes = FileBytes.read(input.path(), options.projectRoot(), reader.limits().maxFileBytes());
        Optional<String> hash = replay.isPresent() ? bytes.map(FileBytes::sha256) : Optional.empty();
        if (hash.isPresent()) {
            Optional<FileResult> kept = replay.get().lookup(input, hash.get());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return read(input, bytes).hashed(hash);
    }

    /** @param bytes the file's content, or empty for the reader to open the file itself (and say what is wrong) */
    private FileResult read(ModelInput input, Optional<byte[]> bytes) {
        List<Finding> findings = new ArrayList<>();
        Origin origin = input.origin();
        ReadOutcome outcome;
        try {
            if (bytes.isPresent()) {
                outcome = reader.read(bytes.get());
            } else {
                outcome = options.projectRoot().isPresent()
                        ? reader.read(input.path(), options.projectRoot().get()) : reader.read(input.path());
            }
        } catch (ReadException e) {
            if (e.getCause() != null) {
                options.debug().log("netlint: " + origin.shown() + ": " + e.getMessage(), e);
            }
            report(findings, ReaderChecks.UNREADABLE, origin, e.location(), "",
                    "cannot read model: " + e.getMessage(), "", "");
            return FileResult.unread(input, findings, Optional.empty());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return failed(input, e);
        }
        if (outcome instanceof ReadOutcome.NotAModel notAModel) {
            if (input.listed()) {
                report(findings, ReaderChecks.UNREADABLE, origin, SourceLocation.START_OF_FILE, "",
                        "cannot read model: not a model configuration (" + notAModel.reason() + "); expected "
                                + FormatRegistry.expectedFiles(), "", "");
                return FileResult.unread(input, findings, Optional.empty());
            }
            return FileResult.unread(input, findings, Optional.of(notAModel.reason()));
        }
        ReadOutcome.Models models = (ReadOutcome.Models) outcome;
        Origin part = origin.withEntry(models.entry());
        ModelFile file = models.file();
        // A file rule's level does not depend on a network: the rule's declared one, or the build's.
        runRules(meta -> overrides.effective(meta).map(severity -> new RuleContext(meta.id(), severity, part,
                input.labels(), input.inputScaling(), findings)), (rule, context) -> rule.check(file, context),
                SourceLocation.START_OF_FILE, part, findings);
        List<NetworkSummary> summaries = new ArrayList<>();
        for (Network network : models.networks()) {
            runRules(meta -> overrides.switchedOff(meta) ? Optional.empty() : Optional.of(new RuleContext(meta,
                            network, overrides.declared(meta), part, input.labels(), input.inputScaling(), findings)),
                    (rule, context) -> rule.check(network, context), network.location(), part, findings);
            summaries.add(NetworkSummary.of(part, network));
        }
        return new FileResult(input, findings, true, Optional.empty(), summaries);
    }

    /** One NL000 line for a file netlint failed on or gave up on; the detail goes to the debug log only. */
    FileResult failed(ModelInput input, Throwable error) {
        List<Finding> findings = new ArrayList<>();
        String problem;
        if (error instanceof BoundedParallel.TimedOut) {
            Duration limit = options.timeoutPerFile();
            problem = "cannot read model: reading and checking it took longer than "
                    + (limit.toMillis() >= 1000 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
                    + " (timeoutPerFile), so netlint gave up on it; "
                    + "expected a model file that is read in about a second";
        } else {
            options.debug().log("netlint: internal error on " + input.origin().shown(), error);
            problem = "cannot read model: internal error " + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage())
                    + "; expected netlint to read any file (mvn -X shows the detail)";
        }
        report(findings, ReaderChecks.UNREADABLE, input.origin(), SourceLocation.START_OF_FILE, "", problem,
                "", error instanceof BoundedParallel.TimedOut ? "" : "report this file to netlint");
        return FileResult.unread(input, findings, Optional.empty());
    }

    /** @param contexts the context a rule reports through, empty when the rule is switched off */
    private void runRules(Function<RuleMeta, Optional<RuleContext>> contexts, BiConsumer<Rule, RuleContext> check,
                          SourceLocation failedAt, Origin file, List<Finding> findings) {
        for (Rule rule : RuleRegistry.rules()) {
            RuleMeta meta = rule.meta();
            Optional<RuleContext> context = contexts.apply(meta);
            if (context.isEmpty()) {
                continue;
            }
            try {
                check.accept(rule, context.get());
            } catch (RuntimeException e) {
                report(findings, ReaderChecks.UNREADABLE, file, failedAt, "",
                        "netlint rule " + meta.id() + " failed on this model: " + e, "",
                        "report this file to netlint; switch the rule off meanwhile");
            }
        }
    }

    private void report(List<Finding> findings, RuleMeta meta, Origin file, SourceLocation location,
                        String element, String problem, String cost, String fix) {
        overrides.effective(meta).ifPresent(severity ->
                findings.add(new Finding(meta.id(), severity, file, location, element, problem, cost, fix)));
    }
}
