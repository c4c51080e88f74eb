package dev.netlint;

import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.LabelDeclaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Access to the generated fixtures and a one-call lint for tests. */
public final class Fixtures {

    public static final Path DL4J = Path.of("src/test/resources/fixtures/dl4j");
    public static final Path ZOO = Path.of("src/test/resources/fixtures/zoo");
    public static final Path KERAS = Path.of("src/test/resources/fixtures/keras");

    private Fixtures() {
    }

    public static Path dl4j(String name) {
        return DL4J.resolve(name);
    }

    public static Path keras(String name) {
        return KERAS.resolve(name);
    }

    public static LintResult lint(Path file) {
        return lint(file, Optional.empty());
    }

    public static LintResult lint(Path file, Optional<LabelDeclaration> labels) {
        return new LintEngine(SeverityOverrides.NONE).lint(List.of(
                new ModelInput(file, file.getFileName().toString(), labels, true)));
    }

    public static List<Finding> findings(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
