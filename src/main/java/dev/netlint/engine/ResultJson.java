package dev.netlint.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Findings and network summaries as JSON, both ways: the JSON report and the up-to-date cache write them with it
 * and read them back with it, so the two cannot drift apart. Writing streams through a {@link JsonGenerator}: the
 * JSON report of 1,000 files holds 75,000 layer rows, and building a tree of them first cost more than writing
 * them. Reading back needs the file the finding belongs to: the JSON holds how the file was shown, never what is
 * read from the file system.
 */
public final class ResultJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    /** Also the generators' codec, so that a small tree (a SARIF rule descriptor) can be written into a stream. */
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final ObjectWriter PRINTER = MAPPER.writer(PRETTY);

    private ResultJson() {
    }

    /**
     * A generator that prints the way every file netlint writes for people is printed (two-space indent, LF
     * whatever the platform, see {@link #print}); {@link #end} finishes the file. Leaves {@code out} open.
     */
    public static JsonGenerator printer(Writer out) throws IOException {
        return MAPPER.createGenerator(out).setPrettyPrinter(PRETTY.createInstance());
    }

    /** A generator without indentation, for files only netlint reads (the cache). Leaves {@code out} open. */
    public static JsonGenerator compact(Writer out) throws IOException {
        return MAPPER.createGenerator(out);
    }

    /** Ends what {@link #printer} or {@link #compact} wrote with a line break, and flushes it. */
    public static void end(JsonGenerator json, Writer out) throws IOException {
        json.flush();
        out.write('\n');
        out.flush();
    }

    /** An array {@code field} of the findings, each as {@link #writeFinding} writes it. */
    public static void writeFindings(JsonGenerator json, String field, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(field);
        for (Finding finding : findings) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
    }

    /** An array {@code field} of the summaries, each as {@link #writeNetwork} writes it. */
    public static void writeNetworks(JsonGenerator json, String field, List<NetworkSummary> networks)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (NetworkSummary network : networks) {
            writeNetwork(json, network);
        }
        json.writeEndArray();
    }

    /** The finding as one object, see {@link #findingFields}. */
    public static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        findingFields(json, finding);
        json.writeEndObject();
    }

    /**
     * The finding's fields as netlint holds them, inside an object the caller opened: problem, cost and fix apart,
     * the JSON pointer, the file as console lines show it (an archive entry included,
     * {@code net.zip!/configuration.json}) and, for an archive's entry, the file and the entry apart, so that a
     * reader never takes the shown name apart.
     */
    public static void findingFields(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("file", finding.file());
        originFields(json, finding.origin());
        json.writeNumberField("line", finding.location().line());
        json.writeNumberField("column", finding.location().column());
        json.writeStringField("pointer", finding.location().pointer());
        json.writeStringField("element", finding.element());
        json.writeStringField("problem", finding.problem());
        json.writeStringField("cost", finding.cost());
        json.writeStringField("fix", finding.fix());
        json.writeStringField("message", finding.message());
    }

    /** The model summary: per layer its type, activation, output shape and parameters, and the total. */
    public static void writeNetwork(JsonGenerator json, NetworkSummary network) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", network.file());
        originFields(json, network.origin());
        json.writeStringField("format", network.format());
        json.writeNumberField("totalParams", network.totalParams());
        json.writeArrayFieldStart("layers");
        for (NetworkSummary.Row row : network.layers()) {
            json.writeStartObject();
            json.writeStringField("name", row.name());
            json.writeStringField("type", row.type());
            if (row.activation().isPresent()) {
                json.writeStringField("activation", row.activation().get());
            }
            if (row.shape().isPresent()) {
                json.writeArrayFieldStart("outputShape");
                for (long dimension : row.shape().get()) {
                    json.writeNumber(dimension);
                }
                json.writeEndArray();
            }
            if (row.params().isPresent()) {
                json.writeNumberField("params", row.params().getAsLong());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** An archive's entry: the file ({@code path}) and the entry apart, besides the shown {@code file}. */
    private static void originFields(JsonGenerator json, Origin origin) throws IOException {
        if (!origin.entry().isEmpty()) {
            json.writeStringField("path", origin.display());
            json.writeStringField("entry", origin.entry());
        }
    }

    /**
     * Where a finding or summary that {@link #findingFields} or {@link #writeNetwork} wrote is, as the JSON says it:
     * its {@code file}, or for an archive's entry its {@code path} and {@code entry}. For JSON read back without
     * the file system at hand (a module's report in the aggregate).
     *
     * @throws IllegalArgumentException when the fields are missing
     */
    public static Origin origin(JsonNode node) {
        return node.has("entry") ? Origin.shownAs(text(node, "path")).withEntry(text(node, "entry"))
                : Origin.shownAs(text(node, "file"));
    }

    /**
     * The finding {@link #findingFields} wrote, found in {@code file}.
     *
     * @throws IllegalArgumentException when a field is missing or of the wrong kind
     */
    public static Finding finding(JsonNode node, Origin file) {
        String severity = text(node, "severity");
        Origin origin = node.has("entry") ? file.withEntry(text(node, "entry")) : file;
        return new Finding(text(node, "ruleId"), Severity.parse(severity).orElseThrow(() ->
                new IllegalArgumentException("unknown severity " + severity)), origin,
                new SourceLocation(number(node, "line"), number(node, "column"), text(node, "pointer")),
                text(node, "element"), text(node, "problem"), text(node, "cost"), text(node, "fix"));
    }

    /** The summary {@link #writeNetwork} wrote, found in {@code file}. */
    public static NetworkSummary network(JsonNode node, Origin file) {
        List<NetworkSummary.Row> rows = new ArrayList<>();
        for (JsonNode layer : node.path("layers")) {
            Optional<List<Long>> shape = Optional.empty();
            if (layer.has("outputShape")) {
                List<Long> dims = new ArrayList<>();
                layer.get("outputShape").forEach(d -> dims.add(d.asLong()));
                shape = Optional.of(List.copyOf(dims));
            }
            rows.add(new NetworkSummary.Row(text(layer, "name"), text(layer, "type"),
                    Optional.ofNullable(layer.get("activation")).map(JsonNode::asText), shape,
                    layer.has("params") ? OptionalLong.of(layer.get("params").asLong()) : OptionalLong.empty()));
        }
        Origin origin = node.has("entry") ? file.withEntry(text(node, "entry")) : file;
        return new NetworkSummary(origin, text(node, "format"), rows, node.path("totalParams").asLong());
    }

    /**
     * Prints a JSON tree the way every file netlint writes is printed: two-space indent and LF whatever the
     * platform, so that reports and baselines diff cleanly and are byte-identical across CI runners.
     */
    public static void print(JsonNode tree, Writer out) throws IOException {
        PRINTER.writeValue(out, tree);
        out.write('\n');
        out.flush();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text " + field);
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw new IllegalArgumentException("no number " + field);
        }
        return value.asInt();
    }
}
