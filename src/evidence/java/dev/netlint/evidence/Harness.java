package dev.netlint.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains every case of {@link Cases} and writes one TSV row per case and task:
 * {@code rule, case, task, seeds, metric, flagged, fixed, verdict}. Usage: {@code Harness OUT.tsv [--shard=K/N] [RULE...]}.
 */
public final class Harness {

    static final long[] SEEDS = {1, 2, 3};
    static final String HEADER = "rule\tcase\ttask\tseeds\tmetric\tflagged\tfixed\tverdict";

    private final Runner runner = new Runner();
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        // --shard=K/N measures every N-th case from the K-th (0-based), so that N processes share the work.
        int shard = 0;
        int shards = 1;
        List<String> only = new ArrayList<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.startsWith("--shard=")) {
                String[] kn = arg.substring(8).split("/");
                shard = Integer.parseInt(kn[0]);
                shards = Integer.parseInt(kn[1]);
            } else {
                only.add(arg);
            }
        }
        Harness harness = new Harness();
        long start = System.nanoTime();
        List<Case> cases = Cases.all();
        for (int i = shard; i < cases.size(); i += shards) {
            Case c = cases.get(i);
            if (!only.isEmpty() && !only.contains(c.rule())) {
                continue;
            }
            long caseStart = System.nanoTime();
            try {
                harness.measure(c);
            } catch (IllegalStateException e) {
                System.err.println("NOT MEASURED " + c.rule() + " " + c.text() + ": " + e.getMessage());
            }
            System.err.printf("%s %-70.70s %5.1f s (total %5.0f s)%n", c.rule(), c.text(),
                    (System.nanoTime() - caseStart) / 1e9, (System.nanoTime() - start) / 1e9);
            harness.write(out);
        }
        harness.write(out);
    }

    private void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    void measure(Case c) {
        for (Task task : c.tasks()) {
            Runner.Outcome probe = runner.run(c.flagged(), task, SEEDS[0]);
            if (!probe.refused()) {
                train(c.rule(), c.text(), c.flagged(), c.fixed(), task);
                continue;
            }
            List<Double> fixed = new ArrayList<>();
            for (long seed : SEEDS) {
                fixed.add(check(runner.run(c.fixed(), task, seed), task).accuracy());
            }
            rows.add(String.join("\t", c.rule(), c.text(), task.name(), "1",
                    "flagged: DL4J " + probe.stage() + "; fixed: " + metric(task),
                    "refused at " + probe.stage() + ": " + probe.error(), Verdict.meanAndRange(fixed),
                    Verdict.FRAMEWORK_REFUSES));
            // DL4J's output-layer check runs in build() only: a file loaded with fromJson skips it, so measure that too.
            Variant unchecked = c.flagged().unchecked();
            if (probe.stage().equals("build()") && unchecked != null
                    && !runner.run(unchecked, task, SEEDS[0]).refused()) {
                train(c.rule(), c.text() + "; validateOutputLayerConfig(false), as in a file loaded with fromJson",
                        unchecked, c.fixed(), task);
            }
        }
    }

    private void train(String rule, String text, Variant flagged, Variant fixed, Task task) {
        List<Double> flaggedAccuracy = new ArrayList<>();
        List<Double> fixedAccuracy = new ArrayList<>();
        int failed = 0;
        int notFinite = 0;
        int refused = 0;
        for (long seed : SEEDS) {
            Runner.Outcome f = runner.run(flagged, task, seed);
            Runner.Outcome x = check(runner.run(fixed, task, seed), task);
            if (Verdict.fails(f, x)) {
                failed++;
            }
            if (f.refused()) {
                refused++;
            } else {
                flaggedAccuracy.add(f.accuracy());
                if (!f.finite()) {
                    notFinite++;
                }
            }
            fixedAccuracy.add(x.accuracy());
        }
        String metric = metric(task);
        if (notFinite > 0) {
            metric += "; loss or outputs NaN/Inf in " + notFinite + "/" + SEEDS.length + " flagged runs";
        }
        if (refused > 0) {
            metric += "; fit() threw in " + refused + "/" + SEEDS.length + " flagged runs";
        }
        rows.add(String.join("\t", rule, text, task.name(), seeds(), metric,
                flaggedAccuracy.isEmpty() ? "-" : Verdict.meanAndRange(flaggedAccuracy),
                Verdict.meanAndRange(fixedAccuracy), Verdict.of(failed, SEEDS.length)));
    }

    private static String metric(Task task) {
        return "train accuracy after " + task.epochs() + " epochs"
                + (task.pretrainEpochs() > 0 ? " of fine-tuning" : "");
    }

    private static String seeds() {
        StringBuilder s = new StringBuilder();
        for (long seed : SEEDS) {
            s.append(s.length() == 0 ? "" : ",").append(seed);
        }
        return s.toString();
    }

    /** A fixed twin that does not train is a mistake of the harness, not a measurement. */
    private static Runner.Outcome check(Runner.Outcome fixed, Task task) {
        if (fixed.refused() || !fixed.finite()) {
            throw new IllegalStateException("fixed twin failed on " + task.name() + ": " + fixed);
        }
        return fixed;
    }
}
