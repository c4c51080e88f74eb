package dev.netlint.read.dl4j;

import com.fasterxml.jackson.core.JsonFactory;
import dev.netlint.read.JsonDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Dl4jReaderTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Test
    void verbatimTextOnlyWhenItSaysWhatTheTreeSays() throws IOException {
        String plain = "{\"confs\": []}";
        byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
        assertThat(Dl4jReader.verbatimSource(JsonDocument.parse(FACTORY, bytes), bytes)).contains(plain);

        byte[] bom = ("\uFEFF" + plain).getBytes(StandardCharsets.UTF_8);
        assertThat(Dl4jReader.verbatimSource(JsonDocument.parse(FACTORY, bom), bom)).contains(plain);

        byte[] utf16 = plain.getBytes(StandardCharsets.UTF_16BE);
        assertThat(Dl4jReader.verbatimSource(JsonDocument.parse(FACTORY, utf16), utf16)).isEmpty();

        byte[] repeated = "{\"confs\": [], \"confs\": []}".getBytes(StandardCharsets.UTF_8);
        assertThat(Dl4jReader.verbatimSource(JsonDocument.parse(FACTORY, repeated), repeated)).isEmpty();
    }
}
