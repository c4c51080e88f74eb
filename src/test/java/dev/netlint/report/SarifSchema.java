package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The SARIF 2.1.0 schema from {@code ../shared/schemas} (or {@code -Dnetlint.sharedDir}), read in place, for tests
 * that validate a report; empty where the shared directory is absent, so that callers skip visibly.
 */
public final class SarifSchema {

    private static final String SARIF_SCHEMA_ID =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SCHEMA_FILE = "schemas/sarif-schema-2.1.0.json";

    private final JsonSchema schema;

    private SarifSchema(Path file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SARIF_SCHEMA_ID, file.toUri().toString()))
                .schemaLoaders(loaders -> loaders.values(list -> list.add(0, new AllowSchemaLoader(
                        iri -> !iri.toString().startsWith("http:") && !iri.toString().startsWith("https:"))))));
        schema = factory.getSchema(SchemaLocation.of(SARIF_SCHEMA_ID));
    }

    static Optional<SarifSchema> load() {
        String property = System.getProperty("netlint.sharedDir");
        return load(property != null && !property.isBlank() ? Path.of(property)
                : Path.of("").toAbsolutePath().resolve("../shared").normalize());
    }

    /** The schema from {@code shared/schemas}; also for the invoker builds' scripts. */
    public static Optional<SarifSchema> load(Path shared) {
        Path file = shared.resolve(SCHEMA_FILE).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            System.err.println("WARNING: " + file + " absent: SARIF schema validation skipped");
            return Optional.empty();
        }
        return Optional.of(new SarifSchema(file));
    }

    public Set<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document);
    }
}
