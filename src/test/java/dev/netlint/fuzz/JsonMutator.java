package dev.netlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutates a JSON tree as the fuzzer directs: values replaced by other values or types, members deleted, renamed or
 * duplicated, whole subtrees copied over others (a layer where an activation was, an array where an object was),
 * names from the formats' own vocabulary and from the gadget list. The result is serialised; sometimes with bare
 * NaN or out-of-range literals, sometimes cut short.
 */
final class JsonMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> ENTRY_NAMES = List.of("configuration.json", "config.json", "metadata.json",
            "model.weights.h5", "model.weights.npz", "coefficients.bin", "updaterState.bin", "normalizer.bin",
            "noParams.marker", "objects/labels", "assets/vocabulary.txt", "../evil", "/abs", "run.sh");

    /** Names the formats use, so mutations land on meaningful values. */
    static final List<String> WORDS = List.of(
            "org.deeplearning4j.nn.conf.layers.DenseLayer", "org.deeplearning4j.nn.conf.layers.OutputLayer",
            "org.deeplearning4j.nn.conf.layers.LossLayer", "org.deeplearning4j.nn.conf.layers.ConvolutionLayer",
            "org.deeplearning4j.nn.conf.layers.SubsamplingLayer", "org.deeplearning4j.nn.conf.layers.LSTM",
            "org.deeplearning4j.nn.conf.layers.ActivationLayer", "org.deeplearning4j.nn.conf.layers.DropoutLayer",
            "org.deeplearning4j.nn.conf.layers.BatchNormalization", "org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer",
            "org.deeplearning4j.nn.conf.layers.EmbeddingLayer", "org.deeplearning4j.nn.conf.layers.RnnOutputLayer",
            "org.deeplearning4j.nn.conf.layers.misc.FrozenLayer", "org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional",
            "org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep",
            "org.deeplearning4j.nn.conf.layers.objdetect.Yolo2OutputLayer",
            "org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder",
            "org.deeplearning4j.nn.conf.graph.MergeVertex", "org.deeplearning4j.nn.conf.graph.ElementWiseVertex",
            "org.deeplearning4j.nn.conf.graph.LayerVertex", "org.deeplearning4j.nn.conf.graph.PreprocessorVertex",
            "org.deeplearning4j.nn.conf.graph.SubsetVertex",
            "org.nd4j.linalg.activations.impl.ActivationReLU", "org.nd4j.linalg.activations.impl.ActivationSoftmax",
            "org.nd4j.linalg.activations.impl.ActivationSigmoid", "org.nd4j.linalg.activations.impl.ActivationIdentity",
            "org.nd4j.linalg.lossfunctions.impl.LossMCXENT", "org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT",
            "org.nd4j.linalg.lossfunctions.impl.LossMSE", "org.nd4j.linalg.lossfunctions.impl.LossNegativeLogLikelihood",
            "org.nd4j.linalg.learning.config.Adam", "org.nd4j.linalg.learning.config.Sgd",
            "org.nd4j.linalg.learning.config.NoOp", "org.nd4j.linalg.learning.config.Nesterovs",
            "org.nd4j.linalg.schedule.MapSchedule", "org.nd4j.linalg.schedule.StepSchedule",
            "org.nd4j.linalg.schedule.ExponentialSchedule", "org.nd4j.linalg.schedule.CycleSchedule",
            "org.nd4j.linalg.learning.regularization.L2Regularization",
            "org.nd4j.linalg.learning.regularization.WeightDecay",
            "org.deeplearning4j.nn.weights.WeightInitDistribution", "org.deeplearning4j.nn.weights.WeightInitXavier",
            "org.deeplearning4j.nn.conf.distribution.NormalDistribution",
            "org.deeplearning4j.nn.conf.distribution.UniformDistribution",
            "org.deeplearning4j.nn.conf.dropout.Dropout", "org.deeplearning4j.nn.conf.dropout.GaussianDropout",
            "org.deeplearning4j.nn.conf.inputs.InputType$InputTypeFeedForward",
            "com.sun.rowset.JdbcRowSetImpl", "org.springframework.context.support.ClassPathXmlApplicationContext",
            "jaz.Zer",
            "Dense", "Conv2D", "Conv1D", "MaxPooling2D", "Flatten", "Dropout", "Lambda", "TensorFlowOpLayer",
            "TimeDistributed", "Bidirectional", "LSTM", "GRU", "Embedding", "Concatenate", "Add", "Dot", "Reshape",
            "InputLayer", "Sequential", "Model", "Functional", "Activation", "Softmax", "BatchNormalization",
            "Rescaling", "__lambda__", "__keras_tensor__", "function", "lambda",
            "softmax", "sigmoid", "relu", "linear", "tanh", "categorical_crossentropy", "binary_crossentropy",
            "sparse_categorical_crossentropy", "mse", "Adam", "SGD", "channels_first", "same", "valid", "causal",
            "class_name", "config", "layers", "layer", "inbound_nodes", "output_layers", "input_layers", "name",
            "units", "filters", "kernel_size", "strides", "batch_input_shape", "batch_shape", "target_shape",
            "function_type", "output_shape", "node_def", "op", "loss", "metrics", "optimizer_config", "learning_rate",
            "@class", "type", "confs", "vertices", "vertexInputs", "networkInputs", "networkOutputs", "layerConf",
            "nin", "nout", "activationFn", "lossFn", "iupdater", "weightInitFn", "idropout", "distribution",
            "regularization", "dropOut", "weights", "shape", "data", "dataBuffer", "shapeField", "numElements",
            "NaN", "Infinity", "-1", "0", "");

    private JsonMutator() {
    }

    static byte[] mutate(JsonNode root, FuzzedDataProvider data) {
        JsonNode tree = root;
        int count = data.consumeInt(1, 6);
        for (int i = 0; i < count; i++) {
            tree = mutateOnce(tree, data);
        }
        String text = tree.toString();
        switch (data.consumeInt(0, 7)) {
            case 0 -> text = text.replaceFirst("\"NaN\"", "NaN");
            case 1 -> text = text.replaceFirst(":(\\d+)([,}])", ":1e400$2");
            case 2 -> text = text.substring(0, data.consumeInt(0, text.length()));
            default -> { }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode mutateOnce(JsonNode root, FuzzedDataProvider data) {
        List<Slot> slots = new ArrayList<>();
        collect(root, null, null, -1, slots);
        Slot slot = slots.get(data.consumeInt(0, slots.size() - 1));
        switch (data.consumeInt(0, 5)) {
            case 0 -> { // delete
                if (slot.parent instanceof ObjectNode object) {
                    object.remove(slot.key);
                } else if (slot.parent instanceof ArrayNode array) {
                    array.remove(slot.index);
                }
            }
            case 1 -> { // copy another subtree over this one
                Slot other = slots.get(data.consumeInt(0, slots.size() - 1));
                return set(root, slot, other.node.deepCopy());
            }
            case 2 -> { // rename a member
                if (slot.parent instanceof ObjectNode object) {
                    object.remove(slot.key);
                    object.set(word(data), slot.node);
                }
            }
            case 3 -> { // duplicate into an array, or add a member
                if (slot.node instanceof ArrayNode array) {
                    if (!array.isEmpty() && array.size() < 64) {
                        array.add(array.get(data.consumeInt(0, array.size() - 1)).deepCopy());
                    } else {
                        array.add(value(data));
                    }
                } else if (slot.node instanceof ObjectNode object) {
                    object.set(word(data), value(data));
                }
            }
            default -> { // replace with a value of any type
                return set(root, slot, value(data));
            }
        }
        return root;
    }

    private static JsonNode set(JsonNode root, Slot slot, JsonNode value) {
        if (slot.parent instanceof ObjectNode object) {
            object.set(slot.key, value);
        } else if (slot.parent instanceof ArrayNode array) {
            array.set(slot.index, value);
        } else {
            return value;
        }
        return root;
    }

    private static JsonNode value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> NODES.numberNode(data.consumeInt());
            case 3 -> NODES.numberNode(data.consumeLong());
            case 4 -> NODES.numberNode(data.consumeDouble());
            case 5 -> NODES.numberNode(data.pickValue(new int[] {-1, 0, 1, 2, 3, Integer.MAX_VALUE, Integer.MIN_VALUE}));
            case 6 -> NODES.textNode(data.consumeString(32));
            case 7 -> NODES.arrayNode();
            case 8 -> NODES.objectNode();
            case 9 -> NODES.objectNode().put("@class", word(data));
            case 10 -> NODES.objectNode().put("class_name", word(data)).set("config", NODES.objectNode());
            default -> NODES.textNode(word(data));
        };
    }

    private static String word(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(16);
    }

    private static void collect(JsonNode node, JsonNode parent, String key, int index, List<Slot> slots) {
        slots.add(new Slot(node, parent, key, index));
        if (slots.size() > 20_000) {
            return;
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> collect(e.getValue(), object, e.getKey(), -1, slots));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), array, null, i, slots);
            }
        }
    }

    private record Slot(JsonNode node, JsonNode parent, String key, int index) {
    }
}
