package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.read.dl4j.Dl4jReader;
import dev.netlint.read.probe.Tripwire;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass reader gives the same tree as Jackson's own tree reader, the positions of the separate scan, and
 * the facts that decide whether DL4J may read the file's text as it is.
 */
class JsonDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    @TempDir
    Path dir;

    private static JsonDocument parse(String json) throws IOException {
        return JsonDocument.parse(FACTORY, json.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> treeIsTheOneJacksonReadsForEveryFixture() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
            files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(file -> DynamicTest.dynamicTest(Fixtures.ZOO.getParent().relativize(file).toString(),
                () -> {
                    byte[] bytes = Files.readAllBytes(file);
                    JsonDocument document = JsonDocument.parse(FACTORY, bytes);
                    assertThat(document.root()).isEqualTo(MAPPER.readTree(bytes));
                    assertThat(document.duplicateKeys()).isFalse();
                }));
    }

    @Test
    void numbersKeepJacksonsNodeTypes() throws IOException {
        String json = "{\"i\": 3, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"d\": 0.001, "
                + "\"e\": 1e-3, \"t\": true, \"n\": null, \"s\": \"x\", \"a\": [1, [2.5], {}]}";
        assertThat(parse(json).root()).isEqualTo(MAPPER.readTree(json));
        assertThat(parse(json).root().get("l").isLong()).isTrue();
        assertThat(parse(json).root().get("b").isBigInteger()).isTrue();
    }

    @Test
    void positionsAreTheScansPositions() throws IOException {
        String json = "{\n  \"confs\": [\n    {\"layer\": {\"a/b\": 1}},\n    {}\n  ]\n}";
        JsonLocations parsed = parse(json).locations();
        JsonLocations scanned = JsonLocations.scan(FACTORY, json.getBytes(StandardCharsets.UTF_8));
        for (String pointer : List.of("", "/confs", "/confs/0", "/confs/0/layer", "/confs/0/layer/a~1b", "/confs/1",
                "/confs/1/missing", "/confs/7")) {
            assertThat(parsed.at(pointer)).as(pointer).isEqualTo(scanned.at(pointer));
        }
        assertThat(parsed.at("/confs/0/layer/a~1b").column()).isEqualTo(16);
    }

    @Test
    void largeObjectsAreIndexedAndFindEveryMember() throws IOException {
        StringBuilder json = new StringBuilder("{\"vertices\": {\n");
        for (int i = 0; i < 500; i++) {
            json.append(i == 0 ? "" : ",\n").append("\"v").append(i).append("\": {\"x\": ").append(i).append('}');
        }
        json.append("\n}}");
        JsonLocations locations = parse(json.toString()).locations();
        assertThat(locations.at("/vertices/v0").line()).isEqualTo(2);
        assertThat(locations.at("/vertices/v377").line()).isEqualTo(379);
        assertThat(locations.at("/vertices/v377/x").line()).isEqualTo(379);
        assertThat(locations.has("/vertices/v500")).isFalse();
        assertThat(locations.at("/vertices/v500").line()).isEqualTo(1); // falls back to the vertices member
    }

    @Test
    void aRepeatedKeyIsFlaggedAndTheLastOneIsLocatedAsInTheTree() throws IOException {
        JsonDocument small = parse("{\"a\": 1,\n\"a\": 2}");
        assertThat(small.duplicateKeys()).isTrue();
        assertThat(small.root().get("a").asInt()).isEqualTo(2);
        assertThat(small.locations().at("/a").line()).isEqualTo(2);

        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            json.append("\"k").append(i).append("\": ").append(i).append(",\n");
        }
        json.append("\"k5\": 0}");
        JsonDocument large = parse(json.toString());
        assertThat(large.duplicateKeys()).isTrue();
        assertThat(large.locations().at("/k5").line()).isEqualTo(101);
        assertThat(parse("{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}").duplicateKeys()).isFalse();
    }

    /** The scan without a tree finds repeated names from the positions alone, and only repeated ones. */
    @Test
    void theScanWithoutATreeRefusesRepeatedKeysAndOnlyThose() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int round = 0; round < 300; round++) {
            int members = 1 + random.nextInt(150);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                names.add("m" + random.nextInt(1_000_000));
            }
            boolean repeated = names.size() != new java.util.HashSet<>(names).size();
            if (!repeated && random.nextBoolean()) {
                names.add(random.nextInt(names.size() + 1), names.get(random.nextInt(names.size())));
                repeated = true;
            }
            StringBuilder json = new StringBuilder("{\"backpropType\": 0, \"inner\": {");
            for (int i = 0; i < names.size(); i++) {
                json.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append("\": {\"x\": ").append(i)
                        .append('}');
            }
            json.append("}}");
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(JsonDocument.scanWatched(FACTORY, bytes, Set.of("@class"), Set.of("backpropType")).isEmpty())
                    .as("%s", names).isEqualTo(repeated);
            assertThat(JsonDocument.parse(FACTORY, bytes).duplicateKeys()).isEqualTo(repeated);
        }
    }

    @Test
    void bareNanIsFlagged() throws IOException {
        JsonFactory lenient = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        assertThat(JsonDocument.parse(lenient, "{\"a\": NaN}".getBytes(StandardCharsets.UTF_8)).nonFiniteNumbers())
                .isTrue();
        assertThat(parse("{\"a\": 1.5}").nonFiniteNumbers()).isFalse();
    }

    @Test
    void emptyInputHasNoRoot() throws IOException {
        JsonDocument empty = parse("  ");
        assertThat(empty.root()).isNull();
        assertThat(empty.locations().at("/x").line()).isEqualTo(1);
    }

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

    /**
     * Jackson's type-id handling takes the first {@code @class} of an object, the tree keeps the last: a file that
     * names the class twice must reach DL4J as the checked tree, never as its own text.
     */
    @Test
    void aSecondClassMemberCannotSmuggleAGadgetPastTheCheck() throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        String allowed = "\"@class\" : \"org.nd4j.linalg.activations.impl.ActivationReLU\"";
        assertThat(json).contains(allowed);
        Path file = dir.resolve("twice.json");
        Files.writeString(file, json.replace(allowed,
                "\"@class\" : \"" + Tripwire.Gadget.class.getName() + "\", " + allowed));
        Tripwire.TRIPPED.set(false);
        try {
            new ModelFileReader().read(file);
        } catch (ReadException e) {
            // refusing the file is fine too; loading the class is not
        }
        assertThat(Tripwire.TRIPPED).as("the tripwire class was initialised").isFalse();
    }
}
