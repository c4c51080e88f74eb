package dev.netlint.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports, the baseline and the cache are replaced whole, never written through a link committed in their place. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aLinkInPlaceOfTheFileIsReplacedAndItsTargetLeftAlone() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
        Path out = Files.createDirectories(dir.resolve("target/netlint"));
        Path report = Files.createSymbolicLink(out.resolve("netlint.sarif"), outside);

        AtomicFile.write(report, writer -> writer.write("report"));

        assertThat(Files.readString(outside)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(report)).isFalse();
        assertThat(Files.readString(report)).isEqualTo("report");
    }

    @Test
    void theBaselineIsWrittenTheSameWay() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
        Path baseline = Files.createSymbolicLink(dir.resolve(Baseline.DEFAULT_FILE_NAME), outside);
        Baseline.NONE.write(baseline);
        assertThat(Files.readString(outside)).isEqualTo("precious");
        assertThat(Files.readString(baseline)).contains("\"findings\"");
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFileBehind() throws IOException {
        Path report = Files.writeString(dir.resolve("netlint.json"), "old");
        assertThatThrownBy(() -> AtomicFile.write(report, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(report)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }
}
