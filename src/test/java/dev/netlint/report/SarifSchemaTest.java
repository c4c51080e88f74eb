package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import dev.netlint.engine.LintResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Validates netlint.sarif against the official OASIS schema, read in place from the shared directory next to the
 * project (never copied in). Skipped, loudly, where that directory is absent.
 */
class SarifSchemaTest {

    /** The schema's own id; mapped to the local file so that nothing is fetched over the network. */
    private static final String SARIF_SCHEMA_ID =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SCHEMA_FILE = "schemas/sarif-schema-2.1.0.json";

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        Optional<Path> file = schemaFile();
        if (file.isEmpty()) {
            System.err.println("WARNING: ../shared/schemas absent: SARIF schema validation skipped");
        }
        assumeTrue(file.isPresent(), "../shared/schemas absent: SARIF schema validation skipped");
        // The file declares draft-04 ("$schema" and "id"), which the validator honours whatever the default is.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SARIF_SCHEMA_ID, file.get().toUri().toString()))
                // Any remote fetch is a bug in this set-up: fail at once instead of hanging without network.
                .schemaLoaders(loaders -> loaders.values(list -> list.add(0, new AllowSchemaLoader(
                        iri -> !iri.toString().startsWith("http:") && !iri.toString().startsWith("https:"))))));
        schema = factory.getSchema(SchemaLocation.of(SARIF_SCHEMA_ID));
    }

    private static Optional<Path> schemaFile() {
        String property = System.getProperty("netlint.sharedDir");
        if (property != null && !property.isBlank()) {
            Path candidate = Path.of(property).resolve(SCHEMA_FILE).toAbsolutePath();
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path beside = Path.of("").toAbsolutePath().resolve("../shared").resolve(SCHEMA_FILE).normalize();
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    @Test
    void reportWithEveryKindOfFindingIsValidSarif() throws IOException {
        assertThat(validate(document(SarifReportWriterTest.sample()))).isEmpty();
    }

    @Test
    void reportWithoutFindingsIsValidSarif() throws IOException {
        assertThat(validate(document(new LintResult(List.of(), 0, 0, 0, List.of())))).isEmpty();
    }

    @Test
    void pathsThatNeedEncodingGiveValidUris() throws IOException {
        assertThat(validate(document(SarifReportWriterTest.awkwardPaths()))).isEmpty();
    }

    @Test
    void reportWithSuppressedAndBaselinedResultsIsValidSarif() throws IOException {
        assertThat(validate(document(SarifReportWriterTest.triaged()))).isEmpty();
    }

    /** Guards the guard: a schema that failed to load, or loaded empty, would accept anything. */
    @Test
    void schemaRejectsAnInvalidLevel() throws IOException {
        JsonNode broken = document(SarifReportWriterTest.sample());
        ((ObjectNode) broken.path("runs").path(0).path("results").path(0)).put("level", "fatal");
        assertThat(validate(broken)).isNotEmpty();
    }

    private static JsonNode document(LintResult result) throws IOException {
        return new ObjectMapper().readTree(SarifReportWriterTest.sarif(result));
    }

    private static Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }
}
