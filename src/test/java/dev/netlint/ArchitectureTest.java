package dev.netlint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of the main code, read from its source: the front ends ({@code maven}, {@code cli}) drive the
 * {@code engine}, which drives the readers and the rules, which share the neutral {@code model}; {@code report}
 * renders the engine's results. Each layer is a package with its sub-packages ({@code read} with {@code read.keras}
 * and whatever formats join it); a dependency is an import or a fully qualified name outside comments.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.netlint\\.([a-z0-9_.]*?)\\.?[A-Z]");

    /** Which layers each layer may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "read", Set.of("model"),
            "rule", Set.of("model"),
            "engine", Set.of("model", "read", "rule"),
            "report", Set.of("model", "engine", "rule"),
            "maven", Set.of("model", "engine", "read", "rule", "report"),
            "cli", Set.of("model", "engine", "read", "rule", "report"),
            "api", Set.of("model", "engine", "read", "rule"));

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        Map<String, Set<String>> used = layerDependencies();
        assertThat(used.keySet()).as("layers found in %s", MAIN).containsAll(ALLOWED.keySet());
        List<String> violations = new ArrayList<>();
        used.forEach((layer, targets) -> {
            Set<String> allowed = ALLOWED.get(layer);
            if (allowed == null) {
                violations.add("package dev.netlint." + layer + " is in no layer of this test");
                return;
            }
            targets.stream().filter(target -> !allowed.contains(target))
                    .forEach(target -> violations.add(layer + " uses " + target));
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void theLayersHaveNoCycle() {
        Map<String, Set<String>> used = layerDependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : used.keySet()) {
            Set<String> reachable = new TreeSet<>();
            List<String> todo = new ArrayList<>(used.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (reachable.add(next)) {
                    todo.addAll(used.getOrDefault(next, Set.of()));
                }
            }
            if (reachable.contains(start)) {
                cycles.add(start + " reaches itself through " + reachable);
            }
        }
        assertThat(cycles).isEmpty();
    }

    /** Layer to the other layers its source refers to. */
    static Map<String, Set<String>> layerDependencies() {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("dev/netlint"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Path relative = MAIN.resolve("dev/netlint").relativize(file);
                if (relative.getNameCount() < 2) {
                    return; // a class in dev.netlint itself belongs to no layer
                }
                String layer = relative.getName(0).toString();
                Set<String> targets = used.computeIfAbsent(layer, k -> new TreeSet<>());
                for (String line : code(file)) {
                    Matcher reference = REFERENCE.matcher(line);
                    while (reference.find()) {
                        String target = reference.group(1).split("\\.")[0];
                        if (!target.isEmpty() && !target.equals(layer)) {
                            targets.add(target);
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** The lines of a source file that are code: no package line, no comment lines. */
    private static List<String> code(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.startsWith("package ") && !line.startsWith("*") && !line.startsWith("/*")
                            && !line.startsWith("//"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
