package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintEngine;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ModelInput;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names netlint does not choose (directory and file names, layer names read from the model) reach every report
 * intact where a path is needed and escaped where text is printed.
 */
class UntrustedNamesTest {

    private static final ReportContext CONTEXT = new ReportContext("test", RuleRegistry.metas());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private LintResult lint(Path file) {
        ModelInput input = new ModelInput(file, InputCollector.display(project, file), Optional.empty(), false);
        return new LintEngine(SeverityOverrides.NONE).lint(List.of(input));
    }

    private Path model(String directory, String name, String fixture) throws IOException {
        Path folder = Files.createDirectories(project.resolve(directory));
        return Files.copy(Fixtures.dl4j(fixture), folder.resolve(name));
    }

    private JsonNode sarif(LintResult result) throws IOException {
        ReportFiles.Outcome written = ReportFiles.write(result, CONTEXT, project.resolve("target/netlint"),
                List.of(new SarifReportWriter(), new JsonReportWriter()));
        assertThat(written.failures()).isEmpty();
        JSON.readTree(project.resolve("target/netlint/netlint.json").toFile());
        return JSON.readTree(project.resolve("target/netlint/netlint.sarif").toFile());
    }

    /** A directory named {@code models!} once made every result point at a file {@code models}. */
    @Test
    void aDirectoryWhoseNameEndsInAnExclamationMarkIsNoArchive() throws IOException {
        Path file = model("models!", "net.json", "bad-seedA-two-sigmoid-mcxent.json");
        LintResult result = lint(file);
        assertThat(result.findings()).isNotEmpty();
        JsonNode location = sarif(result).path("runs").path(0).path("results").path(0).path("locations").path(0)
                .path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("models!/net.json");
        assertThat(location.path("region").path("startLine").asInt()).isPositive();
        String annotation = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true")::get, project)
                .line(result.findings().get(0));
        assertThat(annotation).contains(" file=models!/net.json,line=");
    }

    /** A control character in a file name is escaped on the console, while reports point at the real file. */
    @Test
    void aFileNameWithAControlCharacterIsEscapedOnlyWherePrinted() throws IOException {
        Path file = model("models", "a\u0001b.json", "bad-seedA-two-sigmoid-mcxent.json");
        LintResult result = lint(file);
        Finding finding = result.findings().get(0);
        assertThat(finding.consoleLine()).startsWith("models/a\\u0001b.json:[");
        assertThat(finding.origin().file()).isEqualTo(file);
        String uri = sarif(result).path("runs").path(0).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText();
        assertThat(uri).isEqualTo("models/a%01b.json");
        String annotation = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE",
                project.toString())::get, project).line(finding);
        assertThat(annotation).contains(" file=models/a\u0001b.json,");
    }

    /** One unpaired surrogate in a layer name once made report writing fail and hid every finding. */
    @Test
    void anUnpairedSurrogateInALayerNameDoesNotBreakTheReports() throws IOException {
        Path file = model("models", "net.json", "bad-seedA-two-sigmoid-mcxent.json");
        Files.writeString(file, Files.readString(file).replace("\"layerName\" : \"dense1\"",
                "\"layerName\" : \"dense\\ud800\""));
        LintResult result = lint(file);
        assertThat(result.networks().get(0).layers()).anyMatch(row -> row.name().equals("dense\\ud800"));
        JsonNode sarif = sarif(result);
        assertThat(sarif.path("runs").path(0).path("results").size()).isEqualTo(result.findings().size());
        assertThat(Files.readString(project.resolve("target/netlint/netlint.json"))).contains("dense\\\\ud800");
    }
}
