package dev.netlint.corpus;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real configurations in ../shared/corpus, read in place (they are others' files and never copied here).
 * Where the folder is absent the tests are skipped with a message saying so.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path root() {
        String configured = System.getProperty("netlint.sharedDir");
        Path shared = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent().resolve("shared");
        return shared.resolve("corpus");
    }

    static List<Path> files(String folder) {
        Path dir = root().resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                dir + " is absent: the shared-corpus regression tests are skipped");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
