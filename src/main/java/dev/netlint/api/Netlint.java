package dev.netlint.api;

import dev.netlint.engine.LintEngine;
import dev.netlint.engine.ModelInput;
import dev.netlint.model.Finding;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Lints a DL4J configuration built in code, or a model file, from any test or program: the checks the Maven goal
 * runs, without Maven (the plugin jar is a plain dependency).
 *
 * <pre>{@code
 * List<Finding> findings = Netlint.lint(conf, LintOptions.defaults().labels("categorical", 10));
 * }</pre>
 *
 * A configuration built in code is read exactly as its {@code toJson()} text would be from a file, so it gets the
 * same findings as the saved file. Each finding names the layer ({@link Finding#element()}); its
 * {@link Finding#location() position} is in that JSON text, which a configuration built in code has no file of.
 */
public final class Netlint {

    /** How findings on a configuration built in code name their "file". */
    static final String MULTI_LAYER = "MultiLayerConfiguration";
    static final String GRAPH = "ComputationGraphConfiguration";

    private Netlint() {
    }

    public static List<Finding> lint(MultiLayerConfiguration configuration) {
        return lint(configuration, LintOptions.defaults());
    }

    public static List<Finding> lint(MultiLayerConfiguration configuration, LintOptions options) {
        return lintJson(Objects.requireNonNull(configuration, "configuration").toJson(), MULTI_LAYER, options);
    }

    public static List<Finding> lint(ComputationGraphConfiguration configuration) {
        return lint(configuration, LintOptions.defaults());
    }

    public static List<Finding> lint(ComputationGraphConfiguration configuration, LintOptions options) {
        return lintJson(Objects.requireNonNull(configuration, "configuration").toJson(), GRAPH, options);
    }

    /** Lints a model file of any format netlint reads (DL4J JSON or zip, Keras JSON, .keras, .h5, TF.js). */
    public static List<Finding> lint(Path file) {
        return lint(file, LintOptions.defaults());
    }

    public static List<Finding> lint(Path file, LintOptions options) {
        Objects.requireNonNull(file, "file");
        return lint(file, file.toString(), options);
    }

    private static List<Finding> lintJson(String json, String name, LintOptions options) {
        Path file;
        try {
            file = Files.createTempFile("netlint-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException("netlint cannot create a temporary file for the " + name + " JSON", e);
        }
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return lint(file, name, options);
        } catch (IOException e) {
            throw new UncheckedIOException("netlint cannot write the " + name + " JSON to " + file, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system; a leftover file is no reason to fail a test
            }
        }
    }

    private static List<Finding> lint(Path file, String displayPath, LintOptions options) {
        return new LintEngine(options.overrides()).lint(List.of(
                new ModelInput(file, displayPath, options.labelDeclaration(), true))).findings();
    }
}
