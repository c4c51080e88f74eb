package dev.netlint.bench;

import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the benchmark times as "the netlint engine": {@code LintEngine.lint} over the case's files, every rule on, as
 * the Maven goal and the command line call it (file reading, format sniffing, DL4J's deserialiser, mapping, rules).
 * With more than one thread the files are split into one contiguous share per thread, each linted by its own
 * engine, which is how the engine spreads a run over the cores.
 */
final class NetlintLint {

    private NetlintLint() {
    }

    static List<ModelInput> inputs(List<Path> files) {
        List<ModelInput> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            inputs.add(new ModelInput(file, file.getFileName().toString(), Optional.empty(), false));
        }
        return inputs;
    }

    /** Lints and returns the number of layers checked (so the work cannot be optimised away). */
    static int lint(List<ModelInput> inputs, int threads) throws Exception {
        if (threads <= 1 || inputs.size() < 2) {
            return layers(check(new LintEngine(SeverityOverrides.NONE).lint(inputs), inputs));
        }
        int shares = Math.min(threads, inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(shares);
        try {
            List<Future<LintResult>> results = new ArrayList<>();
            for (int i = 0; i < shares; i++) {
                List<ModelInput> share = inputs.subList(i * inputs.size() / shares, (i + 1) * inputs.size() / shares);
                results.add(pool.submit(() -> new LintEngine(SeverityOverrides.NONE).lint(share)));
            }
            int layers = 0;
            for (Future<LintResult> result : results) {
                layers += layers(result.get());
            }
            return layers;
        } finally {
            pool.shutdown();
        }
    }

    private static LintResult check(LintResult result, List<ModelInput> inputs) {
        if (result.filesRead() == 0 && !inputs.isEmpty()) {
            throw new IllegalStateException("netlint read none of " + inputs.size() + " files: " + result.findings());
        }
        return result;
    }

    private static int layers(LintResult result) {
        return result.networks().stream().mapToInt(network -> network.layers().size()).sum();
    }
}
