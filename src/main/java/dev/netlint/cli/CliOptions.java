package dev.netlint.cli;

import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import dev.netlint.model.Severity;
import dev.netlint.read.FormatRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line: {@code [options] FILE|DIR...}. Options mirror the Maven goal's parameters.
 *
 * @param paths         files and directories to lint
 * @param format        {@code text}, {@code json} or {@code sarif}
 * @param output        where the report goes instead of standard output
 * @param labels        the label declaration for the one file given
 * @param overrides     per-rule severities
 * @param threshold     findings at or above it are violations
 * @param maxViolations violations tolerated before exit code 1
 * @param summary       print the model summary table (text format)
 * @param verbose       print the notes (info findings) too, not only errors and warnings (text format)
 * @param suppressions  a suppressions file, as {@code suppressionsLocation} names one in a pom
 * @param baseline      a baseline file, as {@code baselineFile} names one in a pom
 * @param help          print the usage and stop
 * @param version       print the version and stop
 */
record CliOptions(List<Path> paths, String format, Optional<Path> output, Optional<LabelDeclaration> labels,
                  SeverityOverrides overrides, Severity threshold, int maxViolations, boolean summary,
                  boolean verbose, Optional<Path> suppressions, Optional<Path> baseline, boolean help, boolean version) {

    static final String USAGE = """
            usage: java -jar netlint-cli.jar [options] FILE|DIR...
            Lints neural-network model configurations (%s).
            A FILE must be a model; a DIR is searched for %s files.

              --format text|json|sarif  output format (default text: the errors and warnings, then a summary)
              --verbose                 print the notes (info findings) too (text format)
              --output FILE             write the report to FILE instead of standard output
              --labels MODE             the label encoding of the one FILE given: binary, categorical, sparse,
                                        multilabel or regression
              --classes K               the number of classes of the one FILE given (with --labels)
              --label-output NAME       the output layer the labels belong to (with --labels)
              --checks ID=LEVEL,...     per-rule severity, LEVEL error, warning, info or off (e.g. NL303=off)
              --severity LEVEL          findings at or above LEVEL are violations (default error)
              --max-violations N        violations tolerated before exit code 1 (default 0)
              --summary                 print each network's layer table (text format)
              --suppressions FILE       findings accepted on purpose, the suppressions file (XML or JSON) the
                                        pom's suppressionsLocation names; its globs are relative to the working
                                        directory
              --baseline FILE           known findings that do not count, the baseline file netlint:baseline
                                        wrote (e.g. netlint-baseline.json); the file must exist
              --version                 print netlint's version
              --help                    print this help

            Exit codes: 0 no violation, 1 more violations than allowed, 2 a usage error or a file that could not
            be read.""".formatted(FormatRegistry.usage(), FormatRegistry.searchedFiles());

    /** A command line that cannot work, with what to change. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static CliOptions parse(String[] args) throws UsageException {
        List<Path> paths = new ArrayList<>();
        String format = "text";
        Optional<Path> output = Optional.empty();
        String labels = null;
        Integer classes = null;
        String labelOutput = null;
        Map<String, String> checks = new LinkedHashMap<>();
        Severity threshold = Severity.ERROR;
        int maxViolations = 0;
        boolean summary = false;
        boolean verbose = false;
        Optional<Path> suppressions = Optional.empty();
        Optional<Path> baseline = Optional.empty();
        boolean help = false;
        boolean version = false;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!options || !arg.startsWith("--") || arg.equals("-")) {
                paths.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> options = false;
                case "--help" -> help = true;
                case "--version" -> version = true;
                case "--summary" -> summary = true;
                case "--verbose" -> verbose = true;
                case "--format", "--output", "--labels", "--classes", "--label-output", "--checks", "--severity",
                        "--max-violations", "--suppressions", "--baseline" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--format" -> {
                            format = value.toLowerCase(Locale.ROOT);
                            if (!List.of("text", "json", "sarif").contains(format)) {
                                throw new UsageException("unknown --format " + value + "; use text, json or sarif");
                            }
                        }
                        case "--output" -> output = Optional.of(Path.of(value));
                        case "--suppressions" -> suppressions = Optional.of(Path.of(value));
                        case "--baseline" -> baseline = Optional.of(Path.of(value));
                        case "--labels" -> labels = value;
                        case "--classes" -> classes = integer(name, value, 1);
                        case "--label-output" -> labelOutput = value;
                        case "--checks" -> {
                            for (String entry : value.split(",")) {
                                int at = entry.indexOf('=');
                                if (at <= 0) {
                                    throw new UsageException("--checks takes ID=LEVEL pairs, e.g. NL303=off, not '"
                                            + entry + "'");
                                }
                                checks.put(entry.substring(0, at).trim(), entry.substring(at + 1).trim());
                            }
                        }
                        case "--severity" -> {
                            String level = value;
                            threshold = Severity.parse(level).orElseThrow(() -> new UsageException(
                                    "unknown --severity " + level + "; use error, warning or info"));
                        }
                        default -> maxViolations = integer(name, value, 0);
                    }
                }
                default -> throw new UsageException("unknown option " + arg + "; see --help");
            }
        }
        if (help || version) {
            return new CliOptions(paths, format, output, Optional.empty(), SeverityOverrides.NONE, threshold,
                    maxViolations, summary, verbose, suppressions, baseline, help, version);
        }
        if (paths.isEmpty()) {
            throw new UsageException("no FILE or DIR given");
        }
        SeverityOverrides overrides;
        try {
            overrides = SeverityOverrides.parse(checks);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replace("<checks>", "--checks"));
        }
        return new CliOptions(paths, format, output, labels(labels, classes, labelOutput, paths), overrides, threshold,
                maxViolations, summary, verbose, suppressions, baseline, false, false);
    }

    private static Optional<LabelDeclaration> labels(String labels, Integer classes, String labelOutput,
                                                     List<Path> paths) throws UsageException {
        if (labels == null) {
            if (classes != null || labelOutput != null) {
                throw new UsageException("--classes and --label-output need --labels");
            }
            return Optional.empty();
        }
        if (paths.size() != 1) {
            throw new UsageException("--labels declares the labels of one model file; give exactly one FILE (got "
                    + paths.size() + ")");
        }
        LabelMode mode = LabelMode.parse(labels).orElseThrow(() -> new UsageException("unknown --labels " + labels
                + "; use binary, categorical, sparse, multilabel or regression"));
        return Optional.of(new LabelDeclaration(mode, classes == null ? OptionalInt.empty() : OptionalInt.of(classes),
                Optional.ofNullable(labelOutput).filter(o -> !o.isBlank())));
    }

    private static int integer(String name, String value, int minimum) throws UsageException {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < minimum) {
                throw new UsageException(name + " must be at least " + minimum + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + value + "'");
        }
    }
}
