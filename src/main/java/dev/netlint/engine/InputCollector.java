package dev.netlint.engine;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a request into the list of files to lint: everything the includes match under the source directories, plus
 * every declared file, each paired with its label declaration. A declared file that does not exist is a
 * configuration error, never a silent skip.
 */
public final class InputCollector {

    public List<ModelInput> collect(LintRequest request) {
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        Map<Path, Boolean> files = new LinkedHashMap<>();
        new ModelFileFinder(request.includes(), request.excludes()).find(request.sourceDirectories())
                .forEach(file -> files.put(file, false));
        Map<Path, ModelDeclaration> declared = new LinkedHashMap<>();
        for (ModelDeclaration declaration : request.declarations()) {
            List<Path> matched = resolve(base, declaration);
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("<model><file>" + declaration.file() + "</file> matches no file"
                        + " under " + base + "; give a path relative to the project directory");
            }
            for (Path file : matched) {
                files.put(file, true);
                declared.putIfAbsent(file, declaration);
            }
        }
        List<ModelInput> inputs = new ArrayList<>();
        files.keySet().stream().sorted().forEach(file -> {
            Optional<ModelDeclaration> declaration = Optional.ofNullable(declared.get(file));
            inputs.add(new ModelInput(file, display(base, file), declaration.flatMap(ModelDeclaration::labels),
                    files.get(file), declaration.map(ModelDeclaration::inputScaling).orElse(false)));
        });
        return inputs;
    }

    private static List<Path> resolve(Path base, ModelDeclaration declaration) {
        if (!declaration.isGlob()) {
            Path file = base.resolve(declaration.file()).toAbsolutePath().normalize();
            return Files.isRegularFile(file) ? List.of(file) : List.of();
        }
        List<PathGlob> matchers = ModelFileFinder.matchers(List.of(declaration.file()));
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !base.relativize(file).startsWith("target"))
                    .filter(file -> matchers.stream().anyMatch(m -> m.matches(base.relativize(file))))
                    .map(file -> file.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * Project-relative with forward slashes, so console lines and SARIF agree on every OS; a file outside the
     * project is shown relative to it too ({@code ../models/x.json}) where the two share a root.
     */
    public static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())
                ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
