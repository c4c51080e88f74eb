package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.Network;
import dev.netlint.model.ReadFact;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Keras family of model files, all through one mapper: Keras {@code model.to_json()} (Keras 1, 2, 3),
 * a Keras 3 {@code .keras} archive's {@code config.json} (with {@code compile_config}), TensorFlow.js
 * {@code model.json} as tfjs saves it ({@code modelTopology} + {@code trainingConfig}) or as the converter writes it
 * ({@code model_config} + {@code training_config}), and the attributes of a Keras {@code .h5} file.
 */
public final class KerasReader {

    private static final Set<String> MODEL_CLASSES = Set.of("sequential", "model", "functional");

    /** What sniffing a Keras-looking tree found. */
    public sealed interface Sniffed permits Document, Rejected {
    }

    /** Where the parts of one Keras document are. */
    public record Document(String format, JsonNode model, String modelPointer, Optional<JsonNode> training,
                           String trainingPointer) implements Sniffed {
    }

    /** A Keras-family file that holds no layers to check (weights only, a TF graph, a subclassed model). */
    public record Rejected(String reason) implements Sniffed {
    }

    /** The Keras document in a JSON tree, or why the tree is not one (empty when it is not Keras at all). */
    public static Optional<Sniffed> sniff(JsonNode root) {
        if (!(root instanceof ObjectNode)) {
            return Optional.empty();
        }
        if (root.has("modelTopology")) {
            return Optional.of(tfjs(root));
        }
        if (root.has("class_name") && root.has("config")) {
            return Optional.of(keras(root));
        }
        return Optional.empty();
    }

    private static Sniffed tfjs(JsonNode root) {
        JsonNode topology = root.get("modelTopology");
        if (topology == null || topology.isNull()) {
            return new Rejected("TensorFlow.js weights manifest without a model topology");
        }
        if ("graph-model".equals(root.path("format").asText()) || topology.has("node")) {
            return new Rejected("TensorFlow.js graph model (a TensorFlow GraphDef, not Keras layers)");
        }
        String version = topology.path("keras_version").asText("tfjs");
        if (topology.has("model_config")) {
            JsonNode training = topology.path("training_config");
            if (training.isMissingNode() || training.isNull()) {
                training = root.path("trainingConfig");
            }
            String trainingPointer = topology.path("training_config").isObject() ? "/modelTopology/training_config"
                    : "/trainingConfig";
            return new Document("TensorFlow.js layers model (" + version + ")", topology.get("model_config"),
                    "/modelTopology/model_config", present(training), trainingPointer);
        }
        return new Document("TensorFlow.js layers model (" + version + ")", topology, "/modelTopology",
                present(root.path("trainingConfig")), "/trainingConfig");
    }

    private static Sniffed keras(JsonNode root) {
        String className = root.path("class_name").asText();
        JsonNode config = root.get("config");
        boolean hasLayers = config.isArray() || config.has("layers");
        if (!hasLayers) {
            return new Rejected(MODEL_CLASSES.contains(KerasVocabulary.key(className))
                    ? "Keras " + className + " without layers"
                    : "Keras object '" + className + "' without a layer list (a subclassed model or another object)");
        }
        Optional<JsonNode> training = present(root.path("compile_config"));
        if (training.isEmpty() && (root.has("loss") || root.has("optimizer"))) {
            training = Optional.of(root); // Keras 1.0.5 wrote its training settings at the top level
        }
        String version = root.has("module") ? "Keras 3" : root.has("keras_version")
                ? "Keras " + root.get("keras_version").asText() : "Keras";
        return new Document(version + " " + className + " model", root, "", training,
                root.has("compile_config") ? "/compile_config" : "");
    }

    private static String optimizerPointer(String trainingPointer, JsonNode training) {
        return trainingPointer + (training.has("optimizer_config") ? "/optimizer_config" : "/optimizer");
    }

    private static Optional<JsonNode> present(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isObject() && node.isEmpty()
                ? Optional.empty() : Optional.of(node);
    }

    /** Reads a sniffed document; {@code separateTraining} is a training config kept apart (an .h5 attribute). */
    public ReadOutcome.Models read(Document document, JsonLocations locations, String entry,
                                   Optional<JsonNode> separateTraining) throws ReadException {
        Optional<JsonNode> trainingNode = document.training().or(() -> separateTraining);
        Optional<KerasTraining> training = trainingNode.map(node -> KerasTraining.parse(node,
                locations.at(document.training().isPresent() ? optimizerPointer(document.trainingPointer(), node) : "")));
        KerasModelMapper mapper = new KerasModelMapper(locations);
        Network network = mapper.map(document.format(), document.model(), document.modelPointer(), training);
        List<ReadFact> facts = new ArrayList<>(mapper.facts());
        // The whole document, not only the layers the mapper models: code hides in wrappers, nested models,
        // activations and initializers too.
        facts.addAll(KerasCodeScan.scan(document.model(), document.modelPointer(), locations));
        if (training.map(t -> !t.hasLoss()).orElse(true)) {
            facts.add(0, new ReadFact.NoTrainingConfig(locations.at(document.modelPointer())));
        }
        return new ReadOutcome.Models(document.format(), entry, List.of(network), facts);
    }
}
