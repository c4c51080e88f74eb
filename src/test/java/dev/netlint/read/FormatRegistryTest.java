package dev.netlint.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists of formats users see are the registered readers', in the words they always had. */
class FormatRegistryTest {

    @Test
    void listsComeFromTheRegisteredReaders() {
        assertThat(FormatRegistry.expectedFiles()).isEqualTo("a DL4J configuration JSON or zip, a Keras model JSON, "
                + ".keras or .h5 file, or a TensorFlow.js model.json");
        assertThat(FormatRegistry.usage()).isEqualTo("DL4J JSON or zip, Keras JSON, .keras, .h5, tfjs model.json");
        assertThat(FormatRegistry.defaultIncludes())
                .containsExactly("**/*.json", "**/*.zip", "**/*.keras", "**/*.h5", "**/*.hdf5");
        assertThat(FormatRegistry.searchedFiles()).isEqualTo("*.json, *.zip, *.keras, *.h5 and *.hdf5");
    }
}
