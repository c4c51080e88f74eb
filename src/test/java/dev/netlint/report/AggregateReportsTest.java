package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The aggregate: module reports read back, merged with root-relative paths, written as one SARIF run. */
class AggregateReportsTest {

    private static final NetworkSummary NETWORK = new NetworkSummary("models/mlp.json", "DL4J MultiLayer",
            List.of(new NetworkSummary.Row("layer3", "OutputLayer", Optional.of("sigmoid"), Optional.of(List.of(2L)),
                    OptionalLong.of(34)), new NetworkSummary.Row("x", "Custom", Optional.empty(), Optional.empty(),
                    OptionalLong.empty())), 34);

    @TempDir
    Path dir;

    @Test
    void jsonReportReadsBackAsItWasWritten() throws IOException {
        LintResult triaged = SarifReportWriterTest.triaged();
        LintResult written = new LintResult(triaged.findings(), 2, 1, 2, List.of(), List.of(NETWORK),
                triaged.suppressed(), triaged.baselined(), true);
        LintResult read = new JsonReportReader().read(json(written, "m.json")).result();
        assertThat(read.findings()).isEqualTo(written.findings());
        assertThat(read.baselined()).isEqualTo(written.baselined());
        assertThat(read.networks()).isEqualTo(written.networks());
        assertThat(read.suppressed()).hasSize(1);
        assertThat(read.suppressed().get(0).finding()).isEqualTo(written.suppressed().get(0).finding());
        assertThat(read.suppressed().get(0).suppression().reason())
                .isEqualTo("dropout study: the rate is the experiment");
        assertThat(read.suppressed().get(0).suppression().source()).isEqualTo("netlint-suppressions.xml");
        assertThat(read.suppressed().get(0).suppression().location().line()).isEqualTo(9);
        assertThat(List.of(read.filesRead(), read.filesSkipped(), read.networksChecked())).containsExactly(2, 1, 2);
        assertThat(read.baselineUsed()).isTrue();

        LintResult sample = SarifReportWriterTest.sample();
        assertThat(new JsonReportReader().read(json(sample, "s.json")).result().findings())
                .isEqualTo(sample.findings());
    }

    @Test
    void aFileThatIsNoNetlintReportIsRefusedWithItsName() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"tool\": \"eslint\", \"findings\": []}");
        assertThatThrownBy(() -> new JsonReportReader().read(other)).hasMessageContaining("other.json")
                .hasMessageContaining("expected a netlint.json report");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"tool\": ");
        assertThatThrownBy(() -> new JsonReportReader().read(broken)).hasMessageContaining("broken.json: not JSON");
    }

    @Test
    void pathsBecomeRelativeToTheRoot() {
        assertThat(ReactorResults.path("app", "src/main/resources/m.json")).isEqualTo("app/src/main/resources/m.json");
        assertThat(ReactorResults.path("libs/core", "../../shared/m.json")).isEqualTo("shared/m.json");
        assertThat(ReactorResults.path("app", "models/net.zip!/configuration.json"))
                .isEqualTo("app/models/net.zip!/configuration.json");
        assertThat(ReactorResults.path("app", "/abs/m.json")).isEqualTo("/abs/m.json");
        assertThat(ReactorResults.path("", "models/m.json")).isEqualTo("models/m.json");
        assertThat(ReactorResults.path("app", "./models/m.json")).isEqualTo("app/models/m.json");
    }

    @Test
    void mergeKeepsEveryModulesFindingsAndCounts() {
        LintResult merged = ReactorResults.merge(List.of(
                new ReactorResults.Module("app", SarifReportWriterTest.sample()),
                new ReactorResults.Module("lib", SarifReportWriterTest.triaged())));
        assertThat(merged.findings()).extracting(Finding::file).containsExactly("app/models/mlp.json",
                "app/models/net.zip!/configuration.json", "app/models/broken.json", "app/models/mlp.json",
                "app/models/mlp.json", "lib/models/mlp.json");
        assertThat(merged.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().file()).isEqualTo("lib/models/mlp.json");
            assertThat(s.suppression().source()).isEqualTo("lib/netlint-suppressions.xml");
        });
        assertThat(merged.baselined()).extracting(Finding::file)
                .containsExactly("lib/models/net.zip!/configuration.json");
        assertThat(merged.filesRead()).isEqualTo(4);
        assertThat(merged.baselineUsed()).isTrue();
        assertThat(merged.skipped()).containsExactly("app/models/notes.json: not a model");
    }

    @Test
    void mergedSarifIsOneRunGithubAcceptsWithTheRootAsBase() throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        LintResult merged = ReactorResults.merge(List.of(
                new ReactorResults.Module("app", SarifReportWriterTest.sample()),
                new ReactorResults.Module("lib", SarifReportWriterTest.triaged())));
        List<Path> files = new AggregateReports("0.2.0-test", root, List.of("app", "lib"))
                .write(merged, root.resolve("target/netlint"), "sarif,json");
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("netlint.sarif", "netlint.json");

        JsonNode sarif = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(GithubSarifRequirements.violations(sarif)).isEmpty();
        JsonNode run = sarif.path("runs").path(0);
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("netlint/");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo(root.toUri().toString());
        assertThat(run.path("results")).hasSize(8);
        assertThat(run.path("results").path(0).path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo("app/models/mlp.json");
        Optional<SarifSchema> schema = SarifSchema.load();
        assumeTrue(schema.isPresent(), "../shared/schemas absent: SARIF schema validation skipped");
        assertThat(schema.get().validate(sarif)).isEmpty();

        JsonNode json = new ObjectMapper().readTree(files.get(1).toFile());
        assertThat(json.path("modules")).extracting(JsonNode::asText).containsExactly("app", "lib");
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(4);
        assertThat(new JsonReportReader().read(files.get(1)).aggregate()).isTrue();
    }

    @Test
    void githubRequirementsCheckCanFail() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(SarifReportWriterTest.sample(), SarifReportWriterTest.context(), out);
        JsonNode withoutBase = new ObjectMapper().readTree(out.toString());
        assertThat(GithubSarifRequirements.violations(withoutBase))
                .contains("run: %SRCROOT%.uri");
    }

    @Test
    void aModulesOwnSarifMeetsGithubsRequirementsToo() throws IOException {
        Path module = Files.createDirectories(dir.resolve("app"));
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(SarifReportWriterTest.triaged(),
                ReportContext.forProject("0.2.0-test", RuleRegistry.metas(), module), out);
        JsonNode sarif = new ObjectMapper().readTree(out.toString());
        assertThat(GithubSarifRequirements.violations(sarif)).isEmpty();
        assertThat(sarif.path("runs").path(0).path("automationDetails").path("id").asText()).isEqualTo("netlint/app/");
        Optional<SarifSchema> schema = SarifSchema.load();
        assumeTrue(schema.isPresent(), "../shared/schemas absent: SARIF schema validation skipped");
        assertThat(schema.get().validate(sarif)).isEmpty();
    }

    @Test
    void unreadableAndUnknownPositionsStillGetARegion() throws IOException {
        Finding nowhere = new Finding("NL003", Severity.INFO, "m.json", new SourceLocation(0, 0, ""), "", "p", "", "");
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(new LintResult(List.of(nowhere), 1, 0, 1, List.of()),
                ReportContext.forProject("t", RuleRegistry.metas(), dir), out);
        JsonNode region = new ObjectMapper().readTree(out.toString()).path("runs").path(0).path("results").path(0)
                .path("locations").path(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(1);
        assertThat(region.path("startColumn").asInt()).isEqualTo(1);
    }

    private Path json(LintResult result, String name) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(result, SarifReportWriterTest.context(), out);
        }
        return file;
    }
}
