package dev.netlint.cli;

import dev.netlint.engine.EngineOptions;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints files and directories outside Maven: {@code Main FILE|DIR...}. Prints the same lines as the Maven goal and
 * exits 0 when no error-level finding remains, 1 otherwise, 2 on a usage error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: netlint FILE|DIR...");
            return 2;
        }
        List<ModelInput> inputs = new ArrayList<>();
        Path base = Path.of("").toAbsolutePath();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                err.println("netlint: no such file or directory: " + arg);
                return 2;
            }
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> inputs.add(new ModelInput(file,
                        display(base, file), Optional.empty(), !Files.isDirectory(path))));
            } catch (IOException e) {
                err.println("netlint: cannot list " + arg + ": " + e.getMessage());
                return 2;
            }
        }
        LintResult result = new LintEngine(SeverityOverrides.NONE, EngineOptions.defaults().withProjectRoot(base))
                .lint(inputs);
        for (Finding finding : result.findings()) {
            out.println(finding.severity().label().toUpperCase() + " " + finding.consoleLine());
        }
        out.println("netlint: " + result.filesRead() + " model files read, " + result.networksChecked()
                + " networks checked, " + result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING)
                + " warnings, " + result.count(Severity.INFO) + " infos");
        return result.count(Severity.ERROR) > 0 ? 1 : 0;
    }

    private static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
