package dev.netlint.read;

import dev.netlint.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member named twice in one object of a model configuration is unreadable (NL000), on the tree path and on the
 * fast DL4J path alike: DL4J's deserialiser takes the first {@code @class}, a tree the last, so a sigmoid-first,
 * softmax-last output layer would be checked as softmax and trained as sigmoid.
 */
class RepeatedMemberTest {

    @Test
    void aRepeatedClassOnTheOutputActivationIsRefusedAtItsPosition() throws Exception {
        String config = Files.readString(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"));
        String softmax = "\"@class\" : \"org.nd4j.linalg.activations.impl.ActivationSoftmax\"";
        assertThat(config).contains(softmax);
        String repeated = config.replace(softmax, "\"@class\" : \"org.nd4j.linalg.activations.impl.ActivationSigmoid"
                + "\", " + softmax);
        assertThatThrownBy(() -> new ModelFileReader().read(repeated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("member '@class' appears twice in one object")
                .satisfies(e -> assertThat(((ReadException) e).location().line()).isGreaterThan(1));
    }

    @Test
    void aRepeatedMemberDeepInAKerasConfigurationIsRefused() throws Exception {
        String config = Files.readString(Fixtures.keras("seedA-bad.keras.json"));
        String repeated = config.replaceFirst("\"units\": ?(\\d+)", "\"units\": 1, \"units\": $1");
        assertThat(repeated).isNotEqualTo(config);
        assertThatThrownBy(() -> new ModelFileReader().read(repeated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("member 'units' appears twice");
    }
}
