package dev.netlint.rule;

import dev.netlint.Fixtures;
import dev.netlint.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graphs and shapes no framework would let its builder produce: made by editing generated fixtures, the way a
 * hand-edited or merge-mangled file goes wrong.
 */
class BrokenGraphTest {

    @TempDir
    Path dir;

    private LintResult lintEdited(Path fixture, String from, String to) throws Exception {
        String json = Files.readString(fixture);
        assertThat(json).contains(from);
        Path file = dir.resolve(fixture.getFileName());
        Files.writeString(file, json.replace(from, to));
        return Fixtures.lint(file);
    }

    @Test
    void kerasInboundReferenceToAMissingLayerIsABrokenGraph() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode model = mapper.readTree(Fixtures.keras("seedD-ok.model.json").toFile());
        com.fasterxml.jackson.databind.JsonNode tower = model.at("/modelTopology/config/layers/2");
        assertThat(tower.path("name").asText()).isEqualTo("tower");
        ((com.fasterxml.jackson.databind.node.ArrayNode) tower.at("/inbound_nodes/0/0")).set(0, "lefty");
        Path file = dir.resolve("edited.json");
        mapper.writeValue(file.toFile(), model);
        LintResult result = Fixtures.lint(file);
        assertThat(Fixtures.findings(result, "NL704")).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("input 'lefty' names no layer"));
    }

    @Test
    void duplicateLayerNamesAreABrokenGraph() throws Exception {
        LintResult result = lintEdited(Fixtures.keras("he-init-ok.keras.json"), "\"name\": \"dense2\",",
                "\"name\": \"dense1\",");
        assertThat(Fixtures.findings(result, "NL704")).extracting(f -> f.problem())
                .anySatisfy(p -> assertThat(p).contains("a second layer is named 'dense1'"));
    }

    @Test
    void dl4jGraphCycleIsABrokenGraph() throws Exception {
        LintResult result = lintEdited(Fixtures.dl4j("ok-graph-two-heads.json"), "\"dense_a\" : [ \"a\" ]",
                "\"dense_a\" : [ \"joint\" ]");
        assertThat(Fixtures.findings(result, "NL704")).extracting(f -> f.problem())
                .anySatisfy(p -> assertThat(p).contains("part of a cycle"));
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.dl4j("ok-graph-two-heads.json")), "NL704")).isEmpty();
    }

    @Test
    void windowLargerThanTheFeatureMapCollapsesIt() throws Exception {
        LintResult result = lintEdited(Fixtures.keras("seedA-ok-softmax.keras.json"), "\"batch_input_shape\": [\n"
                + "            null,\n            90,\n            90,", "\"batch_input_shape\": [\n"
                + "            null,\n            2,\n            2,");
        assertThat(Fixtures.findings(result, "NL702")).singleElement()
                .satisfies(f -> assertThat(f.element()).isEqualTo("conv1"));
        assertThat(Fixtures.findings(Fixtures.lint(Fixtures.keras("seedA-ok-softmax.keras.json")), "NL702")).isEmpty();
    }
}
