package dev.netlint.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Findings and network summaries as JSON, both ways: the JSON report writes them with it and the up-to-date cache
 * writes and reads them back with it, so the two cannot drift apart. Reading back needs the file the finding
 * belongs to: the JSON holds how the file was shown, never what is read from the file system.
 */
public final class ResultJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectWriter PRINTER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ResultJson() {
    }

    /**
     * The finding's fields as netlint holds them: problem, cost and fix apart, the JSON pointer, the file as console
     * lines show it (an archive entry included, {@code net.zip!/configuration.json}) and the entry apart.
     */
    public static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("file", finding.file());
        if (!finding.origin().entry().isEmpty()) {
            // The file and the entry apart, so that a reader never takes the shown name apart at "!/".
            node.put("path", finding.origin().display());
            node.put("entry", finding.origin().entry());
        }
        node.put("line", finding.location().line());
        node.put("column", finding.location().column());
        node.put("pointer", finding.location().pointer());
        node.put("element", finding.element());
        node.put("problem", finding.problem());
        node.put("cost", finding.cost());
        node.put("fix", finding.fix());
        node.put("message", finding.message());
        return node;
    }

    /**
     * The finding {@link #finding(Finding)} wrote, found in {@code file}.
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

    /** The model summary: per layer its type, activation, output shape and parameters, and the total. */
    public static ObjectNode network(NetworkSummary network) {
        ObjectNode node = JSON.objectNode();
        node.put("file", network.file());
        node.put("format", network.format());
        node.put("totalParams", network.totalParams());
        ArrayNode layers = node.putArray("layers");
        for (NetworkSummary.Row row : network.layers()) {
            ObjectNode layer = layers.addObject();
            layer.put("name", row.name());
            layer.put("type", row.type());
            row.activation().ifPresent(a -> layer.put("activation", a));
            row.shape().ifPresent(shape -> shape.forEach(layer.putArray("outputShape")::add));
            if (row.params().isPresent()) {
                layer.put("params", row.params().getAsLong());
            }
        }
        return node;
    }

    /** The summary {@link #network(NetworkSummary)} wrote. */
    public static NetworkSummary network(JsonNode node) {
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
        return new NetworkSummary(text(node, "file"), text(node, "format"), rows, node.path("totalParams").asLong());
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
