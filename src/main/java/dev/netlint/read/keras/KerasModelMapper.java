package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.model.ActivationKind;
import dev.netlint.model.Dropout;
import dev.netlint.model.Framework;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Loss;
import dev.netlint.model.Network;
import dev.netlint.model.ReadFact;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ReadException;
import dev.netlint.read.Topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Translates a Keras model config (and its training config, where the file has one) into the neutral model. */
final class KerasModelMapper {

    /** Layer types with no learned behaviour worth modelling and nothing to warn about. */
    private static final Set<String> QUIET = Set.of("tfoplambda", "slicingoplambda", "tensorflowoplayer",
            "inputspec", "activityregularization", "gaussiannoise", "timedistributed", "bidirectional",
            "layernormalization", "unitnormalization", "resizing", "centercrop", "randomflip", "randomrotation",
            "randomzoom", "randomcontrast", "randomtranslation", "randomcrop", "textvectorization",
            "stringlookup", "integerlookup", "categoryencoding", "hashing", "discretization");

    private final JsonLocations locations;
    private final List<ReadFact> facts = new ArrayList<>();

    KerasModelMapper(JsonLocations locations) {
        this.locations = locations;
    }

    List<ReadFact> facts() {
        return facts;
    }

    Network map(String format, JsonNode model, String pointer, Optional<KerasTraining> training)
            throws ReadException {
        KerasGraph graph = KerasGraph.of(model, pointer, locations);
        Map<String, KerasNode> byName = new HashMap<>();
        graph.nodes.forEach(n -> byName.putIfAbsent(n.name, n));
        List<KerasNode> ordered = Topology.order(graph.nodes, KerasNode::name, KerasNode::inputs);
        KerasShapes.infer(ordered, byName);
        List<Layer> layers = new ArrayList<>(ordered.size());
        for (KerasNode node : ordered) {
            int position = graph.outputs.indexOf(node.name);
            Optional<Loss> loss = position < 0 ? Optional.empty()
                    : training.flatMap(t -> t.lossFor(node.name, position));
            long[] in = node.inputs.isEmpty() ? KerasShapes.declaredInput(node.config)
                    : Optional.ofNullable(byName.get(node.inputs.get(0))).map(n -> n.shape).orElse(null);
            layers.add(layer(node, in, loss));
        }
        Network.Facts facts = new Network.Facts(false, Optional.empty(),
                training.map(KerasTraining::hasLoss).orElse(false));
        return new Network(Framework.KERAS, format, locations.at(pointer), layers, graph.outputs, facts,
                training.map(KerasTraining::training));
    }

    private Layer layer(KerasNode node, long[] in, Optional<Loss> loss) {
        JsonNode c = node.innerConfig();
        String type = KerasVocabulary.key(node.innerClassName());
        Optional<LayerKind> known = KerasVocabulary.layerKind(node.innerClassName());
        LayerKind kind = known.orElse(LayerKind.OTHER);
        if (known.isEmpty() && !QUIET.contains(type)) {
            facts.add(new ReadFact.UnknownClass(locations.at(node.pointer), node.name, node.className, "Keras layer"));
        }
        if (loss.isPresent() && (kind == LayerKind.DENSE || kind == LayerKind.CONVOLUTION)) {
            kind = LayerKind.OUTPUT;
        }
        Layer.Builder builder = Layer.builder(node.name, node.className, kind, locations.at(node.pointer))
                .inputs(node.inputs);
        activation(type, c).ifPresent(builder::activation);
        if (kind.hasWeights()) {
            long units = KerasShapes.units(c);
            if (units >= 0) {
                builder.units(units);
            }
            fans(type, c, in, units, builder);
            params(type, c, in, units).ifPresent(builder::params);
            JsonNode init = c.has("kernel_initializer") ? c.get("kernel_initializer")
                    : c.has("depthwise_initializer") ? c.get("depthwise_initializer")
                    : c.has("embeddings_initializer") ? c.get("embeddings_initializer") : c.get("init");
            builder.weightInit(KerasVocabulary.initializer(init));
            regularizer(c.has("kernel_regularizer") ? c.get("kernel_regularizer") : c.get("W_regularizer"), builder);
        }
        if (kind == LayerKind.DROPOUT) {
            double rate = KerasVocabulary.number(c, "rate", KerasVocabulary.number(c, "p", 0.0));
            builder.dropout(Dropout.fromDropProbability(rate, node.className + "(" + rate + ")"));
        }
        loss.ifPresent(builder::loss);
        if (node.shape != null) {
            builder.shape(java.util.Arrays.stream(node.shape).boxed().toList());
        }
        return builder.build();
    }

    private static Optional<ActivationKind> activation(String type, JsonNode c) {
        switch (type) {
            case "softmax":
                return Optional.of(ActivationKind.SOFTMAX);
            case "relu":
                return Optional.of(c.path("max_value").asDouble(0) == 6.0 ? ActivationKind.RELU6
                        : c.path("negative_slope").asDouble(0) > 0 ? ActivationKind.LEAKY_RELU : ActivationKind.RELU);
            case "leakyrelu":
                return Optional.of(ActivationKind.LEAKY_RELU);
            case "elu":
                return Optional.of(ActivationKind.ELU);
            case "prelu":
                return Optional.of(ActivationKind.PARAMETRIC_RELU);
            case "thresholdedrelu":
                return Optional.of(ActivationKind.THRESHOLDED_RELU);
            default:
                JsonNode activation = c.get("activation");
                if (activation == null || activation.isNull()) {
                    return Optional.empty();
                }
                String name = activation.isTextual() ? activation.asText()
                        : activation.path("config").path("name").asText(activation.path("class_name").asText());
                return Optional.of(KerasVocabulary.activation(name));
        }
    }

    /** Keras' own fan computation: the kernel's receptive field times its input and output channels. */
    private static void fans(String type, JsonNode c, long[] in, long units, Layer.Builder builder) {
        if (in == null || in.length == 0) {
            return;
        }
        boolean first = KerasShapes.channelsFirst(c);
        long inChannels = first && in.length > 1 ? in[0] : in[in.length - 1];
        if (inChannels <= 0) {
            return;
        }
        if (type.startsWith("conv") || type.startsWith("separableconv") || type.equals("depthwiseconv2d")
                || type.startsWith("atrous")) {
            long[] kernel = KerasShapes.kernel(c, Math.max(1, in.length - 1));
            if (kernel == null) {
                return;
            }
            long area = 1;
            for (long k : kernel) {
                area *= k;
            }
            long outChannels = type.equals("depthwiseconv2d") ? c.path("depth_multiplier").asLong(1) : units;
            if (type.equals("depthwiseconv2d")) {
                builder.fans(area, area * outChannels);
            } else if (outChannels > 0) {
                builder.fans(inChannels * area, outChannels * area);
            }
        } else if (units > 0) {
            long gates = switch (type) {
                case "lstm", "cudnnlstm" -> 4;
                case "gru", "cudnngru" -> 3;
                default -> 1;
            };
            builder.fans(inChannels, units * gates);
        }
    }

    /** Trainable parameters, as Keras' model.summary() counts them. */
    private static java.util.OptionalLong params(String type, JsonNode c, long[] in, long units) {
        long bias = c.path("use_bias").asBoolean(c.path("bias").asBoolean(true)) ? 1 : 0;
        if (type.equals("embedding")) {
            long vocabulary = c.path("input_dim").asLong(-1);
            long width = c.path("output_dim").asLong(-1);
            return vocabulary > 0 && width > 0 ? java.util.OptionalLong.of(vocabulary * width)
                    : java.util.OptionalLong.empty();
        }
        if (in == null || in.length == 0 || units <= 0 && !type.equals("depthwiseconv2d")) {
            return java.util.OptionalLong.empty();
        }
        long inChannels = KerasShapes.channelsFirst(c) && in.length > 1 ? in[0] : in[in.length - 1];
        if (inChannels <= 0) {
            return java.util.OptionalLong.empty();
        }
        switch (type) {
            case "dense":
                return java.util.OptionalLong.of(inChannels * units + bias * units);
            case "lstm", "cudnnlstm":
                return java.util.OptionalLong.of(4 * (units * (inChannels + units) + bias * units));
            case "gru", "cudnngru":
                return java.util.OptionalLong.of(3 * (units * (inChannels + units) + bias * units
                        * (c.path("reset_after").asBoolean(false) ? 2 : 1)));
            case "simplernn":
                return java.util.OptionalLong.of(units * (inChannels + units) + bias * units);
            default:
                long[] kernel = KerasShapes.kernel(c, Math.max(1, in.length - 1));
                if (kernel == null) {
                    return java.util.OptionalLong.empty();
                }
                long area = 1;
                for (long k : kernel) {
                    area *= k;
                }
                if (type.equals("depthwiseconv2d")) {
                    long multiplier = c.path("depth_multiplier").asLong(1);
                    return java.util.OptionalLong.of(area * inChannels * multiplier + bias * inChannels * multiplier);
                }
                if (type.startsWith("separableconv")) {
                    long multiplier = c.path("depth_multiplier").asLong(1);
                    return java.util.OptionalLong.of(area * inChannels * multiplier + inChannels * multiplier * units
                            + bias * units);
                }
                return java.util.OptionalLong.of(area * inChannels * units + bias * units);
        }
    }

    private static void regularizer(JsonNode node, Layer.Builder builder) {
        if (node == null || node.isNull()) {
            return;
        }
        JsonNode config = node.has("config") ? node.get("config") : node;
        double l1 = KerasVocabulary.number(config, "l1", 0.0);
        double l2 = KerasVocabulary.number(config, "l2", 0.0);
        if (l1 > 0) {
            builder.l1(l1);
        }
        if (l2 > 0) {
            builder.l2(l2);
        }
    }

}
