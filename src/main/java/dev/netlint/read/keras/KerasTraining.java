package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.model.Loss;
import dev.netlint.model.LossKind;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.SourceLocation;
import dev.netlint.model.Training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A Keras training configuration: Keras 2 {@code training_config}, Keras 3 {@code compile_config}, tfjs
 * {@code trainingConfig}, or Keras 1.0.5's top-level {@code loss}/{@code optimizer}. Losses are given for all
 * outputs (a string or a serialised loss object), per output (a dict by output name), or by position (a list).
 */
final class KerasTraining {

    private final Optional<Loss> forAll;
    private final Map<String, Loss> byName;
    private final List<Loss> byPosition;
    private final Training training;

    private KerasTraining(Optional<Loss> forAll, Map<String, Loss> byName, List<Loss> byPosition, Training training) {
        this.forAll = forAll;
        this.byName = byName;
        this.byPosition = byPosition;
        this.training = training;
    }

    static KerasTraining parse(JsonNode config) {
        return parse(config, SourceLocation.START_OF_FILE);
    }

    /** @param optimizerAt where the optimiser configuration starts, for findings about it */
    static KerasTraining parse(JsonNode config, SourceLocation optimizerAt) {
        JsonNode loss = config.path("loss");
        Optional<Loss> forAll = Optional.empty();
        Map<String, Loss> byName = new HashMap<>();
        List<Loss> byPosition = new ArrayList<>();
        if (loss.isTextual() || isSerialisedObject(loss) || loss.isObject() && loss.isEmpty()) {
            forAll = Optional.of(loss(loss));
        } else if (loss.isObject()) {
            loss.fields().forEachRemaining(e -> byName.put(e.getKey(), loss(e.getValue())));
        } else if (loss.isArray()) {
            loss.forEach(l -> byPosition.add(loss(l)));
        }
        List<String> metrics = new ArrayList<>();
        collectMetrics(config.path("metrics"), metrics);
        JsonNode optimizer = config.has("optimizer_config") ? config.get("optimizer_config") : config.path("optimizer");
        return new KerasTraining(forAll, byName, byPosition, new Training(optimizer(optimizer), metrics, optimizerAt));
    }

    /** The loss of the output with this (unprefixed) name at this position among the outputs. */
    Optional<Loss> lossFor(String outputName, int position) {
        if (byName.containsKey(outputName)) {
            return Optional.of(byName.get(outputName));
        }
        if (position < byPosition.size()) {
            return Optional.of(byPosition.get(position));
        }
        return forAll;
    }

    Training training() {
        return training;
    }

    /** False when the model was compiled without a loss ({@code loss: null}). */
    boolean hasLoss() {
        return forAll.isPresent() || !byName.isEmpty() || !byPosition.isEmpty();
    }

    private static boolean isSerialisedObject(JsonNode node) {
        return node.isObject() && node.has("class_name");
    }

    static Loss loss(JsonNode node) {
        if (node.isTextual()) {
            String name = node.asText();
            return new Loss(KerasVocabulary.loss(name).orElse(LossKind.OTHER), name, OptionalLong.empty(),
                    Optional.empty());
        }
        if (isSerialisedObject(node)) {
            String name = node.get("class_name").asText();
            JsonNode config = node.path("config");
            // Keras 3 serialises a loss function (not a Loss object) as {class_name: "function", config: "name"}.
            if (config.isTextual()) {
                name = config.asText();
            } else if (config.hasNonNull("fn") && KerasVocabulary.loss(name).isEmpty()) {
                name = config.get("fn").asText(name);
            }
            Optional<Boolean> fromLogits = config.has("from_logits")
                    ? Optional.of(config.get("from_logits").asBoolean()) : Optional.empty();
            return new Loss(KerasVocabulary.loss(name).orElse(LossKind.OTHER), name, OptionalLong.empty(), fromLogits);
        }
        // tfjs writes a custom JS loss function as {}: there is a loss, netlint cannot know which.
        return Loss.of(LossKind.OTHER, "(custom function)");
    }

    private static void collectMetrics(JsonNode node, List<String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(m -> collectMetrics(m, out));
        } else if (node.isObject() && node.has("class_name")) {
            JsonNode config = node.path("config");
            out.add(config.isObject() && config.has("name") ? config.get("name").asText()
                    : config.isTextual() ? config.asText() : node.get("class_name").asText());
        } else if (node.isObject()) {
            node.forEach(m -> collectMetrics(m, out));
        }
    }

    private static Optional<Optimizer> optimizer(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(new Optimizer(node.asText(), KerasVocabulary.optimizer(node.asText()),
                    OptionalDouble.empty(), false));
        }
        String name = node.has("class_name") ? node.get("class_name").asText() : node.path("name").asText("");
        JsonNode config = node.has("class_name") ? node.path("config") : node;
        JsonNode rate = first(config, "learning_rate", "lr", "learningRate");
        boolean scheduled = rate != null && rate.isObject();
        OptionalDouble learningRate = OptionalDouble.empty();
        if (rate != null && rate.isNumber()) {
            learningRate = OptionalDouble.of(rate.asDouble());
        } else if (scheduled) {
            JsonNode start = first(rate.path("config"), "initial_learning_rate", "learning_rate");
            if (start != null && start.isNumber()) {
                learningRate = OptionalDouble.of(start.asDouble());
            }
        }
        Map<String, Double> decays = new java.util.TreeMap<>();
        for (String field : new String[] {"beta_1", "beta_2", "beta1", "beta2", "momentum", "rho"}) {
            KerasVocabulary.optionalNumber(config, field).ifPresent(v -> decays.put(field, v));
        }
        // tfjs' RMSProp writes Keras' rho as "decay"; elsewhere "decay" is a learning-rate decay, not a coefficient.
        if (KerasVocabulary.key(name).equals("rmsprop") && !decays.containsKey("rho")) {
            KerasVocabulary.optionalNumber(config, "decay").ifPresent(v -> decays.put("decay", v));
        }
        return Optional.of(new Optimizer(name, KerasVocabulary.optimizer(name), learningRate, scheduled, decays,
                KerasVocabulary.optionalNumber(config, "epsilon")));
    }

    private static JsonNode first(JsonNode config, String... fields) {
        for (String field : fields) {
            JsonNode value = config.get(field);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

}
