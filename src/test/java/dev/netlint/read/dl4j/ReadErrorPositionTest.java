package dev.netlint.read.dl4j;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.Fixtures;
import dev.netlint.model.SourceLocation;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every NL000 on a DL4J configuration points at the member that caused it. Valid configurations made with the DL4J
 * builders are mutated one member at a time (a value of another JSON type, null, a negative or huge number, an
 * unknown or foreign class, a member removed); whenever netlint cannot read the result, the position it reports must be the
 * mutated member or a part of it: never the start of the file, and never another layer.
 */
class ReadErrorPositionTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Mutations per file: enough to reach every kind of member, few enough for a unit test. */
    private static final int MUTATIONS = 400;

    /** A mutated document and the member that was changed. */
    private record Mutant(String json, String pointer, String what) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dl4j/ok-seedA-softmax-mcxent.json", "dl4j/ok-graph-two-heads.json",
            "dl4j/ok-loss-weights-length.json", "dl4j/legacy/ok-loss-weights-list.json",
            "dl4j/ok-custom-loss-activation-vertex.json", "dl4j/parity/graph-connected-layers.json",
            "zoo/LeNet.json", "zoo/TinyYOLO.json"})
    void everyReadErrorPointsAtTheMutatedMember(String fixture) throws Exception {
        JsonNode original = JSON.readTree(Files.readString(Path.of("src/test/resources/fixtures").resolve(fixture)));
        List<Mutant> mutants = mutants(original, new Random(fixture.hashCode()));
        assertThat(mutants).hasSizeGreaterThan(50);
        List<String> misplaced = new ArrayList<>();
        int refused = 0;
        for (Mutant mutant : mutants) {
            byte[] bytes = mutant.json().getBytes(StandardCharsets.UTF_8);
            try {
                new ModelFileReader().read(bytes);
            } catch (ReadException e) {
                refused++;
                Set<String> allowed = positions(bytes, mutant.pointer());
                SourceLocation at = e.location();
                if (!allowed.contains(at.lineColumn())) {
                    misplaced.add(mutant.what() + " at " + mutant.pointer() + " " + allowed.iterator().next()
                            + ": NL000 at " + at.lineColumn() + " (" + at.pointer() + "): " + e.getMessage());
                }
            }
        }
        assertThat(refused).as("mutations netlint refuses").isGreaterThan(10);
        assertThat(misplaced).as(misplaced.size() + " of " + refused + " read errors elsewhere").isEmpty();
    }

    /** Line and column of the member at {@code pointer} and of everything inside it, in the mutated document. */
    private static Set<String> positions(byte[] bytes, String pointer) throws Exception {
        JsonLocations locations = JsonLocations.scan(new JsonFactory(), bytes);
        Set<String> positions = new java.util.LinkedHashSet<>();
        positions.add(locations.at(pointer).lineColumn());
        JsonNode node = JSON.readTree(bytes).at(pointer);
        collect(node, pointer, locations, positions);
        return positions;
    }

    private static void collect(JsonNode node, String pointer, JsonLocations locations, Set<String> positions) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = pointer + "/" + JsonLocations.escape(name);
                positions.add(locations.at(child).lineColumn());
                collect(object.get(name), child, locations, positions);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                positions.add(locations.at(pointer + "/" + i).lineColumn());
                collect(array.get(i), pointer + "/" + i, locations, positions);
            }
        }
    }

    /** Up to {@link #MUTATIONS} single-member mutations, drawn evenly over every member of the document. */
    private static List<Mutant> mutants(JsonNode original, Random random) throws Exception {
        List<String> pointers = new ArrayList<>();
        members(original, "", pointers);
        List<Mutant> mutants = new ArrayList<>();
        for (String pointer : pointers) {
            JsonNode value = original.at(pointer);
            for (Map.Entry<String, Supplier<JsonNode>> change : changes(value).entrySet()) {
                if (mutants.size() >= MUTATIONS * 4) {
                    break;
                }
                JsonNode copy = original.deepCopy();
                replace(copy, pointer, change.getValue().get());
                mutants.add(new Mutant(JSON.writeValueAsString(copy), pointer, change.getKey()));
            }
            // a member taken out: the object that lacks it is the place to point at
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            if (original.at(parent).isObject() && !parent.isEmpty()) {
                JsonNode copy = original.deepCopy();
                ((ObjectNode) copy.at(parent)).remove(pointer.substring(pointer.lastIndexOf('/') + 1)
                        .replace("~1", "/").replace("~0", "~"));
                mutants.add(new Mutant(JSON.writeValueAsString(copy), parent, "removed " + pointer));
            }
        }
        java.util.Collections.shuffle(mutants, random);
        return mutants.subList(0, Math.min(MUTATIONS, mutants.size()));
    }

    private static void members(JsonNode node, String pointer, List<String> pointers) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String child = pointer + "/" + JsonLocations.escape(names.next());
                pointers.add(child);
                members(node.at(child), child, pointers);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < Math.min(array.size(), 3); i++) {
                pointers.add(pointer + "/" + i);
                members(array.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    /** The changes tried on a value, by the value's JSON type. */
    private static Map<String, Supplier<JsonNode>> changes(JsonNode value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, Supplier<JsonNode>> changes = new java.util.LinkedHashMap<>();
        changes.put("a string", () -> f.textNode("x"));
        changes.put("an object", f::objectNode);
        if (!value.isArray()) {
            changes.put("an array", () -> f.arrayNode().add(1));
        }
        if (!value.isNumber()) {
            changes.put("a number", () -> f.numberNode(-7));
        }
        if (value.isNumber()) {
            changes.put("a negative number", () -> f.numberNode(-1));
            changes.put("a huge number", () -> f.numberNode(new java.math.BigInteger("99999999999999999999999")));
        }
        if (value.isTextual() && value.asText().contains(".")) {
            changes.put("an unknown DL4J class", () -> f.textNode("org.deeplearning4j.nn.conf.NoSuchThing"));
            changes.put("a foreign class", () -> f.textNode("java.lang.ProcessBuilder"));
        }
        changes.put("null", f::nullNode);
        return changes;
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }
}
