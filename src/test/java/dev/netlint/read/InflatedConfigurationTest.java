package dev.netlint.read;

import dev.netlint.fixtures.ZipBytes;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small .keras whose config.json inflates to megabytes of empty arrays is refused with a limit error, before a
 * tree of millions of nodes is built (the 62 KiB reproducer needed over 3 GB of heap and ended as an internal error).
 */
class InflatedConfigurationTest {

    @Test
    void aConfigOfEmptyArraysIsALimitErrorNotAHeapOfNodes() {
        int arrays = 3_000_000; // 9 MB of JSON, some 6 million tokens
        StringBuilder config = new StringBuilder(arrays * 3 + 64).append("{\"class_name\": \"Sequential\", "
                + "\"config\": {\"layers\": [");
        config.append("[],".repeat(arrays - 1)).append("[]]}}");
        ZipBytes zip = new ZipBytes();
        zip.add("config.json", config.toString().getBytes(StandardCharsets.UTF_8));
        byte[] archive = zip.toBytes();
        assertThat(archive.length).isLessThan(100_000);
        assertThatThrownBy(() -> new ModelFileReader().read(archive))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("exceeds a read limit")
                .hasMessageContaining("tokens");
    }

    @Test
    void theTokenLimitGrowsWithTheFileSizeLimit() {
        assertThat(ReadLimits.DEFAULTS.maxJsonTokens()).isEqualTo(ReadLimits.DEFAULTS.maxFileBytes() / 64);
        assertThat(ReadLimits.DEFAULTS.withMaxFileBytes(1024).maxJsonTokens()).isEqualTo(100_000);
    }
}
