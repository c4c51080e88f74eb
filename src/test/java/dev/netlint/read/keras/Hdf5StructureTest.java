package dev.netlint.read.keras;

import dev.netlint.fixtures.HostileHdf5Generator;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An HDF5 file's root header is checked before the HDF5 library reads it: a continuation chain that loops or leaves
 * the file, or an attribute declaring more elements than it holds, is one NL000 at once instead of a stack overflow
 * or a full heap; honest Keras files still read.
 */
class Hdf5StructureTest {

    private static final Path CORPUS = Path.of("src/test/resources/badinput/hdf5");

    @Test
    void everyHostileFileIsRefusedAtOnceNamingTheFault() {
        ModelFileReader reader = new ModelFileReader();
        for (HostileHdf5Generator.Case c : HostileHdf5Generator.generate()) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> reader.read(c.bytes())).as(c.path() + " (" + c.how() + ")")
                            .isInstanceOf(ReadException.class)
                            .hasMessageContaining("cannot read the HDF5 file")
                            .hasMessageContaining(c.named()), c.path());
        }
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        for (HostileHdf5Generator.Case c : HostileHdf5Generator.generate()) {
            assertThat(Files.readAllBytes(CORPUS.resolve(c.path()))).as(c.path()).isEqualTo(c.bytes());
        }
        assertThat(Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"))).hasSize(
                HostileHdf5Generator.generate().size() + 1);
    }

    @Test
    void honestKerasFilesStillRead() throws Exception {
        ModelFileReader reader = new ModelFileReader();
        assertThat(reader.read(Path.of("src/test/resources/badinput/generated/h5/keras-honest.h5")))
                .isInstanceOf(ReadOutcome.Models.class);
        Path shared = Path.of("../shared/corpus/h5");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("/work/shared/corpus/h5");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "../shared/corpus/h5 is absent");
        int read = 0;
        try (var files = Files.list(shared)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".h5")).sorted().toList()) {
                ReadOutcome outcome = reader.read(file);
                assertThat(outcome).as(file.toString()).isNotNull();
                read++;
            }
        }
        assertThat(read).isGreaterThan(5);
    }
}
