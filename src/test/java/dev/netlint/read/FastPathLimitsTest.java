package dev.netlint.read;

import dev.netlint.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented JSON limits hold on the DL4J path that reads a file without building a tree (most DL4J files go
 * that way): a string over the length limit and bytes that are not valid UTF-8 are refused there as on the tree's
 * way, so netlint never checks a name DL4J would read differently.
 */
class FastPathLimitsTest {

    private static final ReadLimits SHORT_STRINGS = new ReadLimits(ReadLimits.DEFAULTS.maxFileBytes(),
            ReadLimits.DEFAULTS.maxZipEntries(), ReadLimits.DEFAULTS.maxUncompressedBytes(),
            ReadLimits.DEFAULTS.maxCompressionRatio(), ReadLimits.DEFAULTS.maxNestingDepth(), 1000,
            ReadLimits.DEFAULTS.maxNumberLength(), ReadLimits.DEFAULTS.maxNameLength());

    private final ModelFileReader reader = new ModelFileReader(ReadSettings.DEFAULTS.withLimits(SHORT_STRINGS));

    private static String config() throws Exception {
        return Files.readString(Fixtures.dl4j("ok-relu-init.json"));
    }

    @Test
    void theUnchangedFileIsReadOnTheFastPath() throws Exception {
        assertThat(reader.read(config().getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReadOutcome.Models.class);
    }

    @Test
    void aLayerNameLongerThanTheStringLimitIsRefused() throws Exception {
        String config = config().replace("\"layerName\" : \"dense1\"", "\"layerName\" : \"" + "d".repeat(2000) + "\"");
        assertThat(config).contains("d".repeat(2000));
        assertThatThrownBy(() -> reader.read(config.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("exceeds a read limit")
                .hasMessageContaining("strings below 1000 characters");
    }

    @Test
    void aStringAtTheLimitIsRead() throws Exception {
        String config = config().replace("\"layerName\" : \"dense1\"", "\"layerName\" : \"" + "d".repeat(1000) + "\"");
        assertThat(reader.read(config.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReadOutcome.Models.class);
    }

    /** An overlong '.', an encoded surrogate, a stray continuation byte, a truncated sequence, a byte never used. */
    @ParameterizedTest
    @ValueSource(strings = {"C0 AE", "ED A0 80", "80", "E2 82", "FF", "F4 90 80 80"})
    void invalidUtf8InALayerNameIsRefusedWithItsPosition(String hex) throws Exception {
        byte[] bytes = withLayerNameBytes(hex);
        assertThatThrownBy(() -> reader.read(bytes)).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("invalid UTF-8 at byte ")
                .hasMessageContaining(hex.substring(0, 2))
                .satisfies(e -> assertThat(((ReadException) e).location().line()).isEqualTo(lineOfDense1()));
    }

    @Test
    void validMultiByteNamesAreRead() throws Exception {
        String config = config().replace("\"dense1\"", "\"dichte-\u00fcbersch\u00e4tzt-\u5bc6-\ud83d\ude00\"");
        assertThat(reader.read(config.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReadOutcome.Models.class);
    }

    private static int lineOfDense1() throws Exception {
        String config = config();
        return (int) config.substring(0, config.indexOf("\"dense1\"")).chars().filter(c -> c == '\n').count() + 1;
    }

    private static byte[] withLayerNameBytes(String hex) throws Exception {
        String config = config();
        int at = config.indexOf("\"dense1\"") + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(config.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("dense".getBytes(StandardCharsets.UTF_8));
        for (String b : hex.split(" ")) {
            out.write(Integer.parseInt(b, 16));
        }
        out.writeBytes(config.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
