package dev.netlint.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic reading code knows no format: only the registration names the format packages, and no format package
 * uses another. A new format then cannot lean on an existing one by accident.
 */
class ReadLayeringTest {

    private static final Path READ = Path.of("src/main/java/dev/netlint/read");

    @Test
    void onlyTheRegistrationNamesAFormatPackage() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(READ)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.getFileName().toString().equals("FormatRegistry.java")) {
                    continue;
                }
                if (Files.readString(file).matches("(?s).*\\bdev\\.netlint\\.read\\.(dl4j|keras)\\b.*")) {
                    offending.add(file.getFileName().toString());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void formatPackagesDoNotUseEachOther() throws IOException {
        List<Path> formats;
        try (Stream<Path> dirs = Files.list(READ)) {
            formats = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(formats).extracting(dir -> dir.getFileName().toString()).contains("dl4j", "keras");
        List<String> offending = new ArrayList<>();
        for (Path format : formats) {
            try (Stream<Path> files = Files.walk(format)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    for (Path other : formats) {
                        if (!other.equals(format)
                                && text.contains("dev.netlint.read." + other.getFileName() + ".")) {
                            offending.add(file.getFileName() + " uses " + other.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
