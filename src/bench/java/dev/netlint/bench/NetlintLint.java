package dev.netlint.bench;

import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the benchmark times as "the netlint engine": {@code LintEngine.lint} over the case's files, every rule on, as
 * the Maven goal and the command line call it (file reading, format sniffing, DL4J's deserialiser, mapping, rules).
 * Every case runs with the number of threads it names (1 unless it says otherwise), which the engine spreads
 * the files over itself.
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

    /**
     * Lints and returns the number of layers checked (so the work cannot be optimised away). The engine spreads the
     * files over {@code threads} threads itself, as it does in the Maven goal.
     */
    static int lint(List<ModelInput> inputs, int threads) {
        EngineOptions options = EngineOptions.defaults().withThreads(Math.max(1, threads));
        return layers(check(new LintEngine(SeverityOverrides.NONE, options).lint(inputs), inputs));
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
