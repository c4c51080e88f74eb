package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.Fixtures;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.NetlintRun;
import dev.netlint.engine.SeverityOverrides;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings are tied to files by their {@link Origin}, never by taking a shown name apart at {@code "!/"}: a project
 * with an archive {@code models/x.zip}, a decoy directory {@code models/x.zip!} holding a plain
 * {@code configuration.json}, and a directory {@code models!} beside {@code models}. Before, every SARIF result of
 * {@code models!/net.json} pointed at {@code models}, and the decoy could pass for the archive's entry.
 */
class ExclamationDirectoriesTest {

    private static final ReportContext CONTEXT = new ReportContext("1.0", RuleRegistry.metas());

    @TempDir
    Path project;

    private Path archive;
    private Path decoy;
    private Path bang;
    private LintRequest request;

    @BeforeEach
    void project() throws IOException {
        Path models = Files.createDirectories(project.resolve("src/main/resources/models"));
        archive = Files.copy(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.zip"), models.resolve("x.zip"));
        decoy = Files.copy(Fixtures.dl4j("ok-seedA-softmax-mcxent.json"),
                Files.createDirectories(models.resolve("x.zip!")).resolve("configuration.json"));
        bang = Files.copy(Fixtures.dl4j("bad-seedA-two-sigmoid-mcxent.json"),
                Files.createDirectories(project.resolve("src/main/resources/models!")).resolve("net.json"));
        request = new LintRequest(project, List.of(project.resolve("src/main/resources")),
                LintRequest.DEFAULT_INCLUDES, List.of(), List.of(), SeverityOverrides.NONE);
    }

    @Test
    void everyReportAndTheCacheKeepTheThreeFilesApart() throws IOException {
        Path out = project.resolve("target/netlint");
        NetlintRun run = new NetlintRun("1.0");
        LintResult first = run.run(request, Optional.of(out)).result();
        assertOrigins(first);

        // The decoy changes; the archive and models!/net.json are replayed from the cache, each as itself.
        Files.writeString(decoy, Files.readString(decoy) + " ");
        NetlintRun.Outcome second = run.run(request, Optional.of(out));
        assertThat(second.replayed()).isEqualTo(2);
        assertThat(second.result()).isEqualTo(run.run(request, Optional.empty()).result());
        assertOrigins(second.result());

        // SARIF: each result points at its own file; the archive's entry is in the message, not the URI.
        ReportFiles.write(second.result(), CONTEXT, out, List.of(new SarifReportWriter(), new JsonReportWriter()));
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("netlint.sarif").toFile());
        Set<String> uris = new TreeSet<>();
        sarif.path("runs").path(0).path("results").forEach(result -> uris.add(result.path("locations").path(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText()));
        assertThat(uris).containsExactly("src/main/resources/models!/net.json", "src/main/resources/models/x.zip",
                "src/main/resources/models/x.zip!/configuration.json");

        // The JSON report read back (as the aggregate reads a module's report) gives the same origins.
        LintResult read = new JsonReportReader().read(out.resolve("netlint.json")).result();
        assertThat(read.findings()).extracting(f -> f.origin().display() + " | " + f.origin().entry())
                .containsExactlyElementsOf(second.result().findings().stream()
                        .map(f -> f.origin().display() + " | " + f.origin().entry()).toList());
        assertThat(read.networks()).extracting(n -> n.origin().entry())
                .containsExactlyElementsOf(second.result().networks().stream().map(n -> n.origin().entry()).toList());

        // Merged into a reactor under "app": the directory models! stays a directory.
        LintResult merged = ReactorResults.merge(List.of(new ReactorResults.Module("app", read)));
        assertThat(merged.findings()).extracting(Finding::origin)
                .extracting(origin -> origin.display() + " | " + origin.entry())
                .contains("app/src/main/resources/models!/net.json | ",
                        "app/src/main/resources/models/x.zip | configuration.json");

        // The HTML report gives the archive's entry and the decoy's file a section each, though both are shown as
        // models/x.zip!/configuration.json.
        String html = HtmlReportTest.render(second.result());
        long files = second.result().findings().stream().map(Finding::origin).distinct().count();
        assertThat(files).isEqualTo(3);
        assertThat(html.split("id=\"netlint-file-", -1)).hasSize((int) files + 1);
        assertThat(html).contains("src/main/resources/models!/net.json",
                "src/main/resources/models/x.zip!/configuration.json");
    }

    /** The archive's findings are in its entry, the decoy's in the decoy, models!/net.json's in that file. */
    private void assertOrigins(LintResult result) {
        List<Finding> inArchive = new ArrayList<>();
        for (Finding finding : result.findings()) {
            Origin origin = finding.origin();
            if (origin.file().equals(archive)) {
                assertThat(origin.entry()).isEqualTo("configuration.json");
                inArchive.add(finding);
            } else if (origin.file().equals(bang)) {
                assertThat(origin.entry()).isEmpty();
                assertThat(origin.display()).isEqualTo("src/main/resources/models!/net.json");
            } else {
                assertThat(origin.file()).isEqualTo(decoy);
                assertThat(origin.entry()).isEmpty();
            }
        }
        assertThat(inArchive).anyMatch(f -> f.ruleId().equals("NL102"));
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("NL102") && f.origin().file().equals(bang));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("NL102") && f.origin().file().equals(decoy));
        assertThat(result.networks()).extracting(n -> n.origin().entry()).containsOnly("", "configuration.json");
    }
}
