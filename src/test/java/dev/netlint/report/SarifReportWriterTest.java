package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.RuleIdPattern;
import dev.netlint.engine.SkippedFile;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportWriterTest {

    static final Finding HEAD = new Finding("NL102", Severity.ERROR, "models/mlp.json",
            new SourceLocation(41, 9, "/confs/2"), "layer3",
            "sigmoid activation with multi-class cross-entropy over 2 units", "training stalls near chance",
            "softmax + MCXENT");
    static final Finding IN_ARCHIVE = new Finding("NL302", Severity.WARNING,
            Origin.shownAs("models/net.zip").withEntry("configuration.json"),
            new SourceLocation(12, 5, "/confs/0"), "dense", "tiny uniform init in a deep ReLU stack",
            "gradients vanish", "use He init");
    static final Finding UNREADABLE = new Finding("NL000", Severity.ERROR, "models/broken.json",
            new SourceLocation(3, 14, ""), "", "cannot read model: malformed JSON: Unexpected character", "", "");
    static final Finding INFERRED = new Finding("NL203", Severity.INFO, "models/mlp.json",
            new SourceLocation(41, 9, "/confs/2"), "layer3", "labels inferred as categorical over 2 classes", "", "");
    /** NL401 defaults to warning; the user raised it, so the result's level differs from the rule's default. */
    static final Finding RAISED = new Finding("NL401", Severity.ERROR, "models/mlp.json",
            new SourceLocation(0, 0, "/confs/1"), "hidden", "dropOut(0.2) keeps 20% of units", "", "dropOut(0.8)");

    /** Paths that are not URIs as they stand: a space and a hash, an absolute path, a colon in the first segment. */
    static LintResult awkwardPaths() {
        return new LintResult(List.of(
                new Finding("NL102", Severity.ERROR, "my models/net #1.json", new SourceLocation(1, 1, ""), "", "p",
                        "", ""),
                new Finding("NL102", Severity.ERROR, "/tmp/elsewhere/net.json", new SourceLocation(1, 1, ""), "",
                        "p", "", ""),
                new Finding("NL102", Severity.ERROR, "a:b.json", new SourceLocation(1, 1, ""), "", "p", "", "")),
                3, 0, 3, List.of());
    }

    static LintResult sample() {
        return new LintResult(List.of(HEAD, IN_ARCHIVE, UNREADABLE, INFERRED, RAISED), 2, 1, 2,
                List.of(new SkippedFile(Origin.shownAs("models/notes.json"), "not a model")));
    }

    static final Suppression ACCEPTED = new Suppression(2, "models/*.json", RuleIdPattern.parse("NL401", "test"),
            Optional.of("hidden"), "dropout study: the rate is the experiment", "netlint-suppressions.xml",
            new SourceLocation(9, 3, ""));

    /** One new finding, one baselined, one suppressed, with a baseline applied. */
    static LintResult triaged() {
        return new LintResult(List.of(HEAD), 2, 0, 2, List.of(), List.of(), List.of(new Suppressed(RAISED, ACCEPTED)),
                List.of(IN_ARCHIVE), true);
    }

    static ReportContext context() {
        return new ReportContext("0.1.0-test", RuleRegistry.metas());
    }

    static String sarif(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(result, context(), out);
        return out.toString();
    }

    private static JsonNode tree(LintResult result) throws IOException {
        return new ObjectMapper().readTree(sarif(result));
    }

    private static JsonNode run() throws IOException {
        return tree(sample()).path("runs").path(0);
    }

    private static JsonNode result(int index) throws IOException {
        return run().path("results").path(index);
    }

    @Test
    void describesTheToolAndEveryRuleOnce() throws IOException {
        JsonNode log = tree(sample());
        assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode driver = log.path("runs").path(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("netlint");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0-test");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
        List<RuleMeta> metas = RuleRegistry.metas();
        assertThat(driver.path("rules")).hasSize(metas.size());
        for (int i = 0; i < metas.size(); i++) {
            assertThat(driver.path("rules").path(i).path("id").asText()).isEqualTo(metas.get(i).id());
        }
    }

    @Test
    void ruleDescriptorCarriesSummaryHelpAndDefaultLevel() throws IOException {
        JsonNode rules = run().path("tool").path("driver").path("rules");
        JsonNode nl203 = ruleById(rules, "NL203");
        RuleMeta meta = RuleRegistry.meta("NL203").orElseThrow();
        assertThat(nl203.path("name").asText()).isEqualTo(meta.name());
        assertThat(nl203.path("shortDescription").path("text").asText()).isEqualTo(meta.summary());
        assertThat(nl203.path("helpUri").asText()).isEqualTo(meta.helpUri());
        assertThat(nl203.path("defaultConfiguration").path("level").asText()).isEqualTo("note");
        assertThat(ruleById(rules, "NL000").path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(ruleById(rules, "NL401").path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    }

    @Test
    void everyResultPointsAtItsRuleByIndex() throws IOException {
        JsonNode run = run();
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(run.path("results")).hasSize(5);
        for (JsonNode result : run.path("results")) {
            int index = result.path("ruleIndex").asInt(-1);
            assertThat(rules.path(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void levelFollowsTheFindingsEffectiveSeverity() throws IOException {
        assertThat(result(0).path("level").asText()).isEqualTo("error");
        assertThat(result(1).path("level").asText()).isEqualTo("warning");
        assertThat(result(3).path("level").asText()).isEqualTo("note");
        assertThat(result(4).path("level").asText()).as("raised above the rule's default warning")
                .isEqualTo("error");
    }

    @Test
    void plainFileIsProjectRelativeWithRegionAndElement() throws IOException {
        JsonNode result = result(0);
        assertThat(result.path("message").path("text").asText()).isEqualTo(HEAD.message());
        JsonNode location = result.path("locations").path(0);
        JsonNode artifact = location.path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("models/mlp.json");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(41);
        assertThat(region.path("startColumn").asInt()).isEqualTo(9);
        assertThat(location.path("logicalLocations").path(0).path("fullyQualifiedName").asText())
                .isEqualTo("layer3");
        assertThat(result.path("properties").path("jsonPointer").asText()).isEqualTo("/confs/2");
    }

    @Test
    void archiveEntryPointsAtTheStartOfTheArchiveAndNamesTheEntry() throws IOException {
        JsonNode result = result(1);
        JsonNode physical = result.path("locations").path(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("models/net.zip");
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        // Lines of the entry are not lines of the zip; GitHub still needs a region: the archive's start.
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(1);
        assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(1);
        assertThat(result.path("message").path("text").asText())
                .isEqualTo("configuration.json: " + IN_ARCHIVE.message());
    }

    @Test
    void regionIsTheStartOfTheFileWithoutALine() throws IOException {
        JsonNode physical = result(4).path("locations").path(0).path("physicalLocation");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(1);
        assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(1);
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("models/mlp.json");
    }

    @Test
    void unreadableFileIsAResultAndAToolExecutionNotification() throws IOException {
        JsonNode run = run();
        JsonNode result = run.path("results").path(2);
        assertThat(result.path("ruleId").asText()).isEqualTo("NL000");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("locations").path(0).has("logicalLocations")).as("no element").isFalse();

        JsonNode invocation = run.path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(false)).isTrue();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications).hasSize(1);
        JsonNode notification = notifications.path(0);
        assertThat(notification.path("level").asText()).isEqualTo("error");
        assertThat(notification.path("message").path("text").asText()).isEqualTo(UNREADABLE.message());
        assertThat(notification.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("models/broken.json");
        assertThat(notification.path("associatedRule").path("index").asInt())
                .isEqualTo(result.path("ruleIndex").asInt());
    }

    @Test
    void noNotificationsWithoutUnreadableFiles() throws IOException {
        JsonNode invocation = tree(new LintResult(List.of(HEAD), 1, 0, 1, List.of()))
                .path("runs").path(0).path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(false)).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void declaresTheSourceRootBase() throws IOException {
        assertThat(run().path("originalUriBaseIds").has("%SRCROOT%")).isTrue();
    }

    @Test
    void fingerprintSurvivesALineShiftButNotAnotherElement() throws IOException {
        Finding moved = new Finding(HEAD.ruleId(), HEAD.severity(), HEAD.origin(),
                new SourceLocation(57, 3, HEAD.location().pointer()), HEAD.element(), HEAD.problem(), HEAD.cost(),
                HEAD.fix());
        Finding otherLayer = new Finding(HEAD.ruleId(), HEAD.severity(), HEAD.origin(),
                new SourceLocation(41, 9, "/confs/3"), HEAD.element(), HEAD.problem(), HEAD.cost(), HEAD.fix());

        String original = fingerprintOf(HEAD);
        assertThat(original).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(fingerprintOf(moved)).isEqualTo(original);
        assertThat(fingerprintOf(otherLayer)).isNotEqualTo(original);
        assertThat(fingerprintOf(INFERRED)).as("same place, other rule").isNotEqualTo(original);
    }

    @Test
    void unknownRuleStillGetsAValidIndex() throws IOException {
        Finding custom = new Finding("NL999", Severity.WARNING, "m.json", new SourceLocation(1, 1, ""), "", "odd",
                "", "");
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(new LintResult(List.of(custom), 1, 0, 1, List.of()),
                new ReportContext("1", List.of(RuleRegistry.meta("NL102").orElseThrow())), out);
        JsonNode run = new ObjectMapper().readTree(out.toString()).path("runs").path(0);
        assertThat(run.path("results").path(0).path("ruleIndex").asInt()).isEqualTo(1);
        assertThat(run.path("tool").path("driver").path("rules").path(1).path("id").asText()).isEqualTo("NL999");
    }

    @Test
    void pathsBecomeValidUris() throws IOException {
        JsonNode results = tree(awkwardPaths()).path("runs").path(0).path("results");
        assertThat(artifact(results.path(0)).path("uri").asText()).isEqualTo("my%20models/net%20%231.json");
        assertThat(artifact(results.path(1)).path("uri").asText()).isEqualTo("file:///tmp/elsewhere/net.json");
        assertThat(artifact(results.path(1)).has("uriBaseId")).as("outside the project").isFalse();
        assertThat(artifact(results.path(2)).path("uri").asText()).as("not a scheme").isEqualTo("./a:b.json");
    }

    @Test
    void outputIsDeterministicAndUsesLineFeeds() throws IOException {
        String first = sarif(sample());
        assertThat(sarif(sample())).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n").contains("\n  \"version\": \"2.1.0\"");
    }

    @Test
    void namesItsFormat() {
        assertThat(new SarifReportWriter().fileName()).isEqualTo("netlint.sarif");
        assertThat(new SarifReportWriter().format()).isEqualTo("sarif");
    }

    @Test
    void suppressedFindingIsKeptAsAResultWithAnExternalSuppressionAndItsJustification() throws IOException {
        JsonNode results = tree(triaged()).path("runs").path(0).path("results");
        assertThat(results).hasSize(3);
        assertThat(results.path(0).has("suppressions")).isFalse();
        JsonNode suppressed = results.path(2);
        assertThat(suppressed.path("ruleId").asText()).isEqualTo("NL401");
        assertThat(suppressed.path("suppressions")).hasSize(1);
        JsonNode suppression = suppressed.path("suppressions").path(0);
        assertThat(suppression.path("kind").asText()).isEqualTo("external");
        assertThat(suppression.path("status").asText()).isEqualTo("accepted");
        assertThat(suppression.path("justification").asText()).isEqualTo("dropout study: the rate is the experiment");
        JsonNode where = suppression.path("location").path("physicalLocation");
        assertThat(where.path("artifactLocation").path("uri").asText()).isEqualTo("netlint-suppressions.xml");
        assertThat(where.path("region").path("startLine").asInt()).isEqualTo(9);
    }

    @Test
    void withABaselineEveryResultSaysWhetherItIsNew() throws IOException {
        JsonNode results = tree(triaged()).path("runs").path(0).path("results");
        assertThat(results.path(0).path("baselineState").asText()).isEqualTo("new");
        assertThat(results.path(1).path("ruleId").asText()).isEqualTo(IN_ARCHIVE.ruleId());
        assertThat(results.path(1).path("baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.path(2).path("baselineState").asText()).isEqualTo("new");
        assertThat(run().path("results")).as("no baseline, no baselineState")
                .allSatisfy(result -> assertThat(result.has("baselineState")).isFalse());
    }

    private static String fingerprintOf(Finding finding) throws IOException {
        return tree(new LintResult(List.of(finding), 1, 0, 1, List.of())).path("runs").path(0).path("results")
                .path(0).path("partialFingerprints").path("netlint/v1").asText();
    }

    private static JsonNode artifact(JsonNode result) {
        return result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
    }

    private static JsonNode ruleById(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
