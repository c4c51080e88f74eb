package dev.netlint.read.dl4j;

import dev.netlint.model.Dropout;
import dev.netlint.model.Framework;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Loss;
import dev.netlint.model.Network;
import dev.netlint.model.Optimizer;
import dev.netlint.model.OptimizerKind;
import dev.netlint.model.SourceLocation;
import dev.netlint.model.Training;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.Topology;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.AlphaDropout;
import org.deeplearning4j.nn.conf.dropout.GaussianDropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.dropout.SpatialDropout;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.AutoEncoder;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.BaseUpsamplingLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Cnn3DLossLayer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.NoParamLayer;
import org.deeplearning4j.nn.conf.layers.RnnLossLayer;
import org.deeplearning4j.nn.conf.layers.Subsampling3DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.conf.layers.objdetect.Yolo2OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.nd4j.linalg.lossfunctions.ILossFunction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Translates DL4J's deserialised configuration objects into the neutral model, with source positions. */
final class Dl4jNetworkMapper {

    private final JsonLocations locations;
    private final Map<String, String> opaqueClasses;
    private final Map<String, Long> arrayLengths;
    private final Map<IUpdater, Optimizer> optimizers = new HashMap<>();
    private final List<CustomClass> customParts;
    /** The layer or vertex each custom part belongs to, by name. */
    private final Map<CustomClass, String> owners = new HashMap<>();

    Dl4jNetworkMapper(JsonLocations locations, Map<String, String> opaqueClasses, Map<String, Long> arrayLengths) {
        this(locations, opaqueClasses, arrayLengths, List.of());
    }

    /**
     * @param customParts the project's own classes the tree preparer replaced outside layers and vertices: the
     *                    parts they stood for are unknown here (a custom loss is "a custom loss", never the stand-in)
     */
    Dl4jNetworkMapper(JsonLocations locations, Map<String, String> opaqueClasses, Map<String, Long> arrayLengths,
                      List<CustomClass> customParts) {
        this.locations = locations;
        this.opaqueClasses = opaqueClasses;
        this.arrayLengths = arrayLengths;
        this.customParts = customParts;
    }

    /** The name of the layer or vertex a custom part belongs to; empty for a part of none. */
    String owner(CustomClass part) {
        return owners.getOrDefault(part, "");
    }

    /** The custom parts inside the object at {@code pointer}, remembered as belonging to layer {@code name}. */
    private List<CustomClass> customPartsIn(String pointer, String name) {
        if (customParts.isEmpty()) {
            return List.of();
        }
        List<CustomClass> inside = new ArrayList<>();
        for (CustomClass part : customParts) {
            if (part.pointer().equals(pointer) || part.pointer().startsWith(pointer + "/")) {
                inside.add(part);
                owners.putIfAbsent(part, name);
            }
        }
        return inside;
    }

    /**
     * A custom preprocessor DL4J read as none: kept in the network as the reshaping step it is, of unknown effect.
     */
    private Optional<Layer> customPreProcessor(String layerName, String pointer, List<String> inputs) {
        return customPartsIn(pointer, layerName).stream().findFirst().map(part -> part.isKerasImportPreprocessor()
                ? Layer.builder(layerName + "/" + part.simpleName(), part.simpleName(), LayerKind.RESHAPE,
                        locations.at(pointer)).inputs(inputs).build()
                : Layer.builder(layerName + "/" + part.simpleName(), part.className(), LayerKind.OPAQUE,
                        locations.at(pointer)).inputs(inputs).build());
    }

    Network multiLayer(MultiLayerConfiguration conf, Optional<Boolean> normalizerSaved) {
        List<Layer> layers = new ArrayList<>();
        List<NeuralNetConfiguration> confs = conf.getConfs();
        java.util.Set<String> usedNames = new java.util.HashSet<>();
        String previous = null;
        for (int i = 0; i < confs.size(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer layer = confs.get(i).getLayer();
            String pointer = "/confs/" + i + "/layer";
            String name = layer.getLayerName() != null ? layer.getLayerName() : "layer" + i;
            // A MultiLayer connects layers by position, so DL4J accepts repeated names; keep them apart here.
            if (!usedNames.add(name)) {
                name = name + "#" + i;
                usedNames.add(name);
            }
            List<String> inputs = previous == null ? List.of() : List.of(previous);
            InputPreProcessor preProcessor = conf.getInputPreProcessors() == null ? null : conf.getInputPreProcess(i);
            Optional<Layer> custom = customPreProcessor(name, "/inputPreProcessors/" + i, inputs);
            if (preProcessor != null || custom.isPresent()) {
                Layer reshape = custom.isPresent() ? custom.get()
                        : preProcessor(name, preProcessor, "/inputPreProcessors/" + i, inputs);
                layers.add(reshape);
                inputs = List.of(reshape.name());
            }
            layers.add(layer(name, layer, pointer, inputs, confs.get(i)));
            previous = name;
        }
        List<String> outputs = previous == null ? List.of() : List.of(previous);
        if (layers.stream().noneMatch(layer -> layer.kind() == LayerKind.OPAQUE)) {
            layers = withShapes(conf, layers); // a layer of unknown effect leaves every shape after it unknown
        }
        return new Network(Framework.DL4J, "DL4J MultiLayerConfiguration", locations.at(""), layers, outputs,
                new Network.Facts(!conf.isValidateOutputLayerConfig(), normalizerSaved, true),
                training(confs.stream().map(NeuralNetConfiguration::getLayer).toList(),
                        java.util.stream.IntStream.range(0, confs.size()).mapToObj(i -> "/confs/" + i + "/layer").toList()));
    }

    Network graph(ComputationGraphConfiguration conf, Optional<Boolean> normalizerSaved) {
        Map<String, Layer> byName = new LinkedHashMap<>();
        Map<String, String> layerPointers = new HashMap<>();
        for (String input : conf.getNetworkInputs()) {
            byName.put(input, Layer.builder(input, "Input", LayerKind.INPUT,
                    locations.at("/networkInputs/" + conf.getNetworkInputs().indexOf(input))).build());
        }
        for (Map.Entry<String, GraphVertex> entry : conf.getVertices().entrySet()) {
            String name = entry.getKey();
            String pointer = "/vertices/" + JsonLocations.escape(name);
            List<String> inputs = conf.getVertexInputs().getOrDefault(name, List.of());
            GraphVertex vertex = entry.getValue();
            if (vertex instanceof LayerVertex layerVertex) {
                String layerPointer = layerPointer(pointer);
                layerPointers.put(name, layerPointer);
                Optional<Layer> custom = customPreProcessor(name, pointer + "/preProcessor", inputs);
                if (layerVertex.getPreProcessor() != null || custom.isPresent()) {
                    List<String> vertexInputs = inputs;
                    Layer reshape = custom.orElseGet(() -> preProcessor(name, layerVertex.getPreProcessor(),
                            pointer + "/preProcessor", vertexInputs));
                    byName.put(reshape.name(), reshape);
                    inputs = List.of(reshape.name());
                }
                byName.put(name, layer(name, layerVertex.getLayerConf().getLayer(), layerPointer, inputs,
                        layerVertex.getLayerConf()).withLocation(locations.at(pointer)));
            } else {
                byName.put(name, vertex(name, vertex, pointer, inputs));
            }
        }
        List<Map.Entry<String, GraphVertex>> layerVertices = conf.getVertices().entrySet().stream()
                .filter(e -> e.getValue() instanceof LayerVertex).toList();
        return new Network(Framework.DL4J, "DL4J ComputationGraphConfiguration", locations.at(""), topologicalOrder(byName),
                conf.getNetworkOutputs(), new Network.Facts(!conf.isValidateOutputLayerConfig(), normalizerSaved, true),
                training(layerVertices.stream().map(e -> ((LayerVertex) e.getValue()).getLayerConf().getLayer()).toList(),
                        layerVertices.stream().map(e -> layerPointers.get(e.getKey())).toList()));
    }

    /**
     * DL4J sets the updater per layer; the builder copies the global one into every layer. The updater of the most
     * layers with weights is the network's optimiser.
     */
    private Optional<Training> training(List<org.deeplearning4j.nn.conf.layers.Layer> layers, List<String> pointers) {
        Map<Optimizer, Integer> votes = new LinkedHashMap<>();
        Map<Optimizer, String> firstPointer = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            if (unwrap(layers.get(i)) instanceof BaseLayer base && base.getIUpdater() != null) {
                Optimizer optimizer = updater(base.getIUpdater(), pointers.get(i) + pointerInside(layers.get(i)));
                votes.merge(optimizer, 1, Integer::sum);
                firstPointer.putIfAbsent(optimizer, pointers.get(i) + "/iupdater");
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Training(Optional.of(e.getKey()), List.of(),
                        locations.at(firstPointer.get(e.getKey()))));
    }

    /**
     * The builder copies one updater configuration into every layer, so equal configurations (ND4J's updater
     * configurations are value objects) are translated once.
     */
    private Optimizer updater(IUpdater updater) {
        return optimizers.computeIfAbsent(updater, Dl4jVocabulary::updater);
    }

    /**
     * The optimiser of the layer at {@code layerPointer}: unknown ({@code OTHER}, no learning rate) for a custom
     * updater, and without a learning rate when a custom schedule sets it.
     */
    private Optimizer updater(IUpdater updater, String layerPointer) {
        for (CustomClass part : customParts) {
            if (!part.pointer().startsWith(layerPointer + "/iupdater")) {
                continue;
            }
            if (part.role() == CustomClass.Role.UPDATER && part.pointer().equals(layerPointer + "/iupdater")) {
                return new Optimizer(part.simpleName(), OptimizerKind.OTHER, OptionalDouble.empty(), false);
            }
            if (part.role() == CustomClass.Role.SCHEDULE) {
                Optimizer known = updater(updater);
                return new Optimizer(known.name(), known.kind(), OptionalDouble.empty(), true, known.decays(),
                        known.epsilon());
            }
        }
        return updater(updater);
    }

    /** A LayerVertex's layer sits under {@code layerConf/layer}, or under a legacy {@code LayerVertex} wrapper. */
    private String layerPointer(String vertexPointer) {
        String modern = vertexPointer + "/layerConf/layer";
        return opaqueClasses.containsKey(modern) || locations.has(modern)
                ? modern : vertexPointer + "/LayerVertex/layerConf/layer";
    }

    private Layer vertex(String name, GraphVertex vertex, String pointer, List<String> inputs) {
        customPartsIn(pointer, name);
        String opaque = opaqueClasses.get(pointer);
        if (opaque != null) {
            return Layer.builder(name, opaque, LayerKind.OPAQUE, locations.at(pointer)).inputs(inputs).build();
        }
        LayerKind kind = vertex instanceof PreprocessorVertex ? LayerKind.RESHAPE : LayerKind.VERTEX;
        return Layer.builder(name, vertex.getClass().getSimpleName(), kind, locations.at(pointer))
                .inputs(inputs).build();
    }

    private Layer layer(String name, org.deeplearning4j.nn.conf.layers.Layer layer, String pointer,
                        List<String> inputs, NeuralNetConfiguration layerConf) {
        List<CustomClass> custom = customPartsIn(pointer, name);
        String opaque = opaqueClasses.get(pointer);
        if (opaque != null) {
            Layer.Builder builder = Layer.builder(name, opaque, LayerKind.OPAQUE, locations.at(pointer))
                    .inputs(inputs);
            if (layer instanceof FeedForwardLayer ff && ff.getNOut() > 0) {
                builder.units(ff.getNOut());
            }
            return builder.build();
        }
        org.deeplearning4j.nn.conf.layers.Layer inner = unwrap(layer);
        Layer.Builder builder = Layer.builder(name, typeName(layer, inner), kind(inner), locations.at(pointer))
                .inputs(inputs);
        if (inner instanceof BaseLayer base) {
            builder.activation(Dl4jVocabulary.activation(base.getActivationFn()));
            if (base.getWeightInitFn() != null) {
                builder.weightInit(Dl4jVocabulary.weightInit(base.getWeightInitFn()));
            }
            regularization(base.getRegularization(), builder);
        } else if (inner instanceof ActivationLayer activation) {
            builder.activation(Dl4jVocabulary.activation(activation.getActivationFn()));
        }
        if (inner instanceof FeedForwardLayer ff) {
            boolean isLossLayer = kind(inner) == LayerKind.LOSS;
            if (!isLossLayer || ff.getNOut() > 0) {
                // A bidirectional wrapper in CONCAT mode (the default) puts both directions side by side.
                boolean concat = layer instanceof Bidirectional bidirectional
                        && bidirectional.getMode() == Bidirectional.Mode.CONCAT;
                builder.units(concat ? 2 * ff.getNOut() : ff.getNOut());
            }
            // a weight layer with nIn 0 cannot be initialised: kept, for NL709 to say so
            if (ff.getNIn() > 0 || kind(inner).hasWeights()) {
                builder.inputSize(ff.getNIn());
            }
            fans(inner, ff, builder);
        }
        window(inner).ifPresent(builder::window);
        dropout(inner.getIDropout(), builder);
        loss(inner, pointer + pointerInside(layer), builder);
        builder.frozen(layer instanceof FrozenLayer || layer instanceof FrozenLayerWithBackprop);
        if (inner instanceof BaseLayer base && base.getIUpdater() != null) {
            builder.updater(updater(base.getIUpdater(), pointer + pointerInside(layer)));
        }
        params(layer, layerConf).ifPresent(builder::params);
        for (CustomClass part : custom) {
            unknown(part, pointer + pointerInside(layer), builder);
        }
        return builder.build();
    }

    /**
     * Where DL4J's own shape inference refused the network: the layer it threw at and its message. A configuration
     * DL4J cannot propagate a shape through cannot be initialised or run either.
     *
     * @param layer   the layer, by name
     * @param pointer where the layer is in the file
     * @param message DL4J's message
     */
    record ShapeRefusal(String layer, String pointer, String message) {
    }

    private ShapeRefusal shapeRefusal;

    /** DL4J's refusal to infer the shapes of the last network mapped, if it refused. */
    Optional<ShapeRefusal> shapeRefusal() {
        return Optional.ofNullable(shapeRefusal);
    }

    /**
     * Output shapes by DL4J's own InputType inference. The JSON does not keep the network's input type, so it is
     * taken from what the file holds: the preprocessor of layer 0 where {@code InputType.convolutionalFlat} stored
     * height, width and channels, a first dense or recurrent layer with nIn, or, for a first convolution, the map
     * DL4J's build wrote into the first flattening preprocessor ({@link CnnInputInference}). When that map allows
     * several input sizes, shapes are left out and a refusal is reported only when the smallest and the largest
     * input are both refused at the same layer.
     */
    private List<Layer> withShapes(MultiLayerConfiguration conf, List<Layer> layers) {
        if (conf.getConfs().isEmpty() || conf.getInputPreProcessors() == null) {
            return layers;
        }
        Optional<InputType> input = inputType(conf);
        if (input.isPresent()) {
            Inference result = infer(conf, layers, input.get());
            shapeRefusal = result.refusal();
            return result.layers();
        }
        Optional<CnnInputInference.Candidates> candidates = CnnInputInference.of(conf);
        if (candidates.isEmpty()) {
            return layers;
        }
        Inference smallest = infer(conf, layers, candidates.get().smallest());
        if (candidates.get().exact()) {
            shapeRefusal = smallest.refusal();
            return smallest.layers();
        }
        Inference largest = infer(conf, layers, candidates.get().largest());
        if (smallest.refusal() != null && largest.refusal() != null
                && smallest.refusal().layer().equals(largest.refusal().layer())) {
            shapeRefusal = smallest.refusal();
        }
        if (smallest.refusal() != null || largest.refusal() != null) {
            return layers;
        }
        // where the two inputs give one shape (after the layer whose stride floored the difference away), it is the
        // shape; a dimension they disagree on is unknown (-1)
        List<Layer> merged = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            List<Long> low = smallest.layers().get(i).shape().orElse(null);
            List<Long> high = largest.layers().get(i).shape().orElse(null);
            if (low == null || high == null || low.size() != high.size()) {
                return layers; // an inference that stopped early (a reshape netlint does not load)
            }
            List<Long> shape = new ArrayList<>(low.size());
            for (int d = 0; d < low.size(); d++) {
                shape.add(low.get(d).equals(high.get(d)) ? low.get(d) : -1L);
            }
            merged.add(layers.get(i).withShape(shape));
        }
        return merged;
    }

    /** The layers with their shapes, or as they were with the refusal where DL4J's inference refused one. */
    private record Inference(List<Layer> layers, ShapeRefusal refusal) {
    }

    private Inference infer(MultiLayerConfiguration conf, List<Layer> layers, InputType input) {
        List<NeuralNetConfiguration> confs = conf.getConfs();
        InputType type = input;
        List<Layer> shaped = new ArrayList<>(layers.size());
        int index = 0;
        for (Layer layer : layers) {
            try {
                if (layer.kind() == LayerKind.RESHAPE) {
                    InputPreProcessor reshape = conf.getInputPreProcess(index);
                    if (reshape == null) {
                        return new Inference(layers, null); // a Keras-import reshape netlint does not load
                    }
                    type = reshape.getOutputType(type);
                } else {
                    if (layer.window().filter(Dl4jNetworkMapper::impossible).isPresent()) {
                        return new Inference(layers, null); // sizes DL4J's builder refuses are NL709's
                    }
                    kernelFits(confs.get(index).getLayer(), type);
                    type = confs.get(index).getLayer().getOutputType(index, type);
                    index++;
                }
            } catch (RuntimeException e) {
                // DL4J's own geometry checks (Strict convolution sizes, a kernel larger than its input) throw here,
                // and are refusals; other layers may throw for an input type DL4J adapts at run time (a feed-forward
                // layer after a recurrent one): no shapes then, and no finding
                if (layer.kind() == LayerKind.RESHAPE || !(unwrap(confs.get(index).getLayer()) instanceof ConvolutionLayer
                        || unwrap(confs.get(index).getLayer()) instanceof SubsamplingLayer)) {
                    return new Inference(layers, null);
                }
                return new Inference(layers, new ShapeRefusal(layer.name(), "/confs/" + index + "/layer",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            shaped.add(layer.withShape(java.util.Arrays.stream(type.getShape(false)).boxed().toList()));
        }
        return new Inference(shaped, null);
    }

    /**
     * DL4J's shape inference truncates a window larger than its input to a 1 x 1 output; its forward pass refuses it
     * ("effective kernel height and input height must satisfy 0 < effective kernel height <= input height + 2 *
     * padding height"). The same check, in DL4J's words, so that the refusal is found before any batch.
     */
    private static void kernelFits(org.deeplearning4j.nn.conf.layers.Layer layer, InputType input) {
        if (!(input instanceof InputType.InputTypeConvolutional image)) {
            return;
        }
        Optional<WindowMembers> members = WindowMembers.of(layer);
        if (members.isEmpty()) {
            return;
        }
        int[] kernel = members.get().kernel();
        int[] padding = members.get().padding();
        int[] dilation = members.get().dilation();
        org.deeplearning4j.nn.conf.ConvolutionMode mode = members.get().mode();
        if (kernel == null || kernel.length < 2 || mode == org.deeplearning4j.nn.conf.ConvolutionMode.Same) {
            return;
        }
        long[] size = {image.getHeight(), image.getWidth()};
        String[] axis = {"height", "width"};
        for (int i = 0; i < 2; i++) {
            long effective = (long) (dilation == null || dilation.length < 2 ? 1 : dilation[i]) * (kernel[i] - 1) + 1;
            int pad = padding == null || padding.length < 2 ? 0 : padding[i];
            if (size[i] > 0 && (effective <= 0 || effective > size[i] + 2L * pad)) {
                throw new IllegalStateException("Invalid input data or configuration: effective kernel " + axis[i]
                        + " and input " + axis[i] + " must satisfy 0 < effective kernel " + axis[i] + " <= input "
                        + axis[i] + " + 2 * padding " + axis[i] + ". Got effective kernel " + axis[i] + " = "
                        + effective + ", input " + axis[i] + " = " + size[i] + " and padding " + axis[i] + " = "
                        + pad);
            }
        }
    }

    /** The network's input type, from what the file holds; empty when it does not say. */
    private static Optional<InputType> inputType(MultiLayerConfiguration conf) {
        InputPreProcessor first = conf.getInputPreProcess(0);
        if (first instanceof org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor flat) {
            long size = flat.getInputHeight() * flat.getInputWidth() * flat.getNumChannels();
            return size > 0 ? Optional.of(InputType.feedForward(size)) : Optional.empty();
        }
        if (first != null) {
            return Optional.empty();
        }
        org.deeplearning4j.nn.conf.layers.Layer layer = unwrap(conf.getConfs().get(0).getLayer());
        if (!(layer instanceof FeedForwardLayer ff) || ff.getNIn() <= 0 || layer instanceof ConvolutionLayer
                || layer instanceof EmbeddingLayer || layer instanceof EmbeddingSequenceLayer) {
            return Optional.empty();
        }
        return Optional.of(layer instanceof BaseRecurrentLayer || conf.getConfs().get(0).getLayer() instanceof Bidirectional
                ? InputType.recurrent(ff.getNIn()) : InputType.feedForward(ff.getNIn()));
    }

    /**
     * DL4J reshapes between layer types with input preprocessors (CNN to dense is DL4J's Flatten). They are
     * modelled as the reshaping step they are, named after the layer they feed. Their stored sizes are not used:
     * DL4J before 1.0 wrote placeholder dimensions there and took the real ones from the data at run time.
     */
    private Layer preProcessor(String layerName, InputPreProcessor preProcessor, String pointer, List<String> inputs) {
        return Layer.builder(layerName + "/" + preProcessor.getClass().getSimpleName(),
                preProcessor.getClass().getSimpleName(), LayerKind.RESHAPE, locations.at(pointer)).inputs(inputs).build();
    }

    /**
     * Forgets what the stand-in for a custom part said: its loss is the custom loss, its activation and initialiser
     * are unknown. Only the layer's own parts count (not, say, a gate activation, which no rule reads).
     */
    private static void unknown(CustomClass part, String layerPointer, Layer.Builder builder) {
        String member = part.pointer().substring(layerPointer.length());
        switch (part.role()) {
            case LOSS -> {
                if (member.equals("/lossFn")) {
                    builder.loss(Loss.of(dev.netlint.model.LossKind.OTHER, part.simpleName()));
                }
            }
            case ACTIVATION -> {
                if (member.equals("/activationFn")) {
                    builder.activation(dev.netlint.model.ActivationKind.OTHER);
                }
            }
            case WEIGHT_INIT, DISTRIBUTION -> builder.weightInit(null);
            default -> { }
        }
    }

    /** DL4J's own parameter count; arithmetic on the configuration, no arrays allocated. */
    private static OptionalLong params(org.deeplearning4j.nn.conf.layers.Layer layer, NeuralNetConfiguration conf) {
        try {
            return OptionalLong.of(layer.initializer().numParams(conf));
        } catch (RuntimeException | LinkageError e) {
            return OptionalLong.empty(); // a stand-in or partly configured layer has no meaningful count
        }
    }

    /** Frozen and other wrapper layers judge as the layer they wrap. */
    private static org.deeplearning4j.nn.conf.layers.Layer unwrap(org.deeplearning4j.nn.conf.layers.Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer current = layer;
        while (true) {
            if (current instanceof FrozenLayer frozen && frozen.getLayer() != null) {
                current = frozen.getLayer();
            } else if (current instanceof BaseWrapperLayer wrapper && wrapper.getUnderlying() != null) {
                current = wrapper.getUnderlying();
            } else if (current instanceof Bidirectional bidirectional && bidirectional.getFwd() != null) {
                current = bidirectional.getFwd();
            } else {
                return current;
            }
        }
    }

    /** JSON path from a wrapper layer to the layer it wraps, where the loss of the inner layer sits. */
    private static String pointerInside(org.deeplearning4j.nn.conf.layers.Layer layer) {
        return layer instanceof FrozenLayer ? "/layer" : "";
    }

    private static String typeName(org.deeplearning4j.nn.conf.layers.Layer outer,
                                   org.deeplearning4j.nn.conf.layers.Layer inner) {
        String innerName = inner.getClass().getSimpleName();
        return outer == inner ? innerName : outer.getClass().getSimpleName() + "(" + innerName + ")";
    }

    static LayerKind kind(org.deeplearning4j.nn.conf.layers.Layer layer) {
        if (layer instanceof BaseOutputLayer) {
            return LayerKind.OUTPUT;
        }
        if (layer instanceof LossLayer || layer instanceof RnnLossLayer || layer instanceof CnnLossLayer
                || layer instanceof Cnn3DLossLayer || layer instanceof Yolo2OutputLayer) {
            return LayerKind.LOSS;
        }
        if (layer instanceof ConvolutionLayer || layer.getClass().getSimpleName().startsWith("LocallyConnected")) {
            return LayerKind.CONVOLUTION;
        }
        if (layer instanceof BaseRecurrentLayer || layer instanceof LastTimeStep) {
            return LayerKind.RECURRENT;
        }
        if (layer instanceof EmbeddingLayer || layer instanceof EmbeddingSequenceLayer) {
            return LayerKind.EMBEDDING;
        }
        if (layer instanceof DenseLayer || layer instanceof AutoEncoder || layer instanceof VariationalAutoencoder) {
            return LayerKind.DENSE;
        }
        if (layer instanceof SubsamplingLayer || layer instanceof Subsampling3DLayer
                || layer instanceof GlobalPoolingLayer) {
            return LayerKind.POOLING;
        }
        if (layer instanceof BatchNormalization || layer instanceof LocalResponseNormalization) {
            return LayerKind.NORMALIZATION;
        }
        if (layer instanceof ActivationLayer) {
            return LayerKind.ACTIVATION;
        }
        if (layer instanceof DropoutLayer) {
            return LayerKind.DROPOUT;
        }
        if (layer instanceof BaseUpsamplingLayer || layer instanceof NoParamLayer) {
            return LayerKind.RESHAPE;
        }
        return LayerKind.OTHER;
    }

    /** The kernel, stride and padding of a 2D (or 3D) convolution or pooling layer, as the file states them. */
    static Optional<Layer.Window> window(org.deeplearning4j.nn.conf.layers.Layer layer) {
        int dimensions = layer instanceof org.deeplearning4j.nn.conf.layers.Convolution3D ? 3 : 2;
        return WindowMembers.of(layer).filter(w -> w.kernel() != null)
                .map(w -> new Layer.Window(ints(w.kernel()), ints(w.stride()), ints(w.padding()), dimensions));
    }

    /** A window DL4J's builder refuses (a size below 1, a negative padding, a wrong number of values). */
    static boolean impossible(Layer.Window window) {
        return wrongSizes(window.kernel(), window.dimensions(), 1) || wrongSizes(window.stride(), window.dimensions(), 1)
                || wrongSizes(window.padding(), window.dimensions(), 0);
    }

    private static boolean wrongSizes(List<Integer> values, int dimensions, int least) {
        return !values.isEmpty() && (values.size() != dimensions || values.stream().anyMatch(v -> v < least));
    }

    private static List<Integer> ints(int[] values) {
        return values == null ? List.of() : java.util.Arrays.stream(values).boxed().toList();
    }

    /** Fan-in and fan-out as DL4J's parameter initialisers compute them. */
    private static void fans(org.deeplearning4j.nn.conf.layers.Layer layer, FeedForwardLayer ff,
                             Layer.Builder builder) {
        if (ff.getNIn() <= 0 || ff.getNOut() <= 0) {
            return;
        }
        if (layer instanceof ConvolutionLayer conv && conv.getKernelSize() != null) {
            long area = 1;
            for (int k : conv.getKernelSize()) {
                area *= k;
            }
            long strides = 1;
            if (conv.getStride() != null) {
                for (int s : conv.getStride()) {
                    strides *= Math.max(1, s);
                }
            }
            builder.fans(ff.getNIn() * area, Math.max(1, ff.getNOut() * area / strides));
        } else {
            builder.fans(ff.getNIn(), ff.getNOut());
        }
    }

    private static void regularization(List<Regularization> regularizations, Layer.Builder builder) {
        if (regularizations == null) {
            return;
        }
        for (Regularization r : regularizations) {
            if (r instanceof L1Regularization l1 && l1.getL1() != null) {
                builder.l1(l1.getL1().valueAt(0, 0));
            } else if (r instanceof L2Regularization l2 && l2.getL2() != null) {
                builder.l2(l2.getL2().valueAt(0, 0));
            } else if (r instanceof WeightDecay decay && decay.getCoeff() != null) {
                builder.l2(decay.getCoeff().valueAt(0, 0));
            }
        }
    }

    private static void dropout(IDropout dropout, Layer.Builder builder) {
        if (dropout instanceof org.deeplearning4j.nn.conf.dropout.Dropout d && d.getPSchedule() == null) {
            builder.dropout(Dropout.fromRetainProbability(d.getP(), "dropOut(" + d.getP() + ")"));
        } else if (dropout instanceof AlphaDropout d && d.getPSchedule() == null) {
            builder.dropout(Dropout.fromRetainProbability(d.getP(), "AlphaDropout(" + d.getP() + ")"));
        } else if (dropout instanceof SpatialDropout d && d.getPSchedule() == null) {
            builder.dropout(Dropout.fromRetainProbability(d.getP(), "SpatialDropout(" + d.getP() + ")"));
        } else if (dropout instanceof GaussianDropout d && d.getRateSchedule() == null) {
            builder.dropout(Dropout.fromDropProbability(d.getRate(), "GaussianDropout(" + d.getRate() + ")"));
        }
    }

    private void loss(org.deeplearning4j.nn.conf.layers.Layer layer, String pointer, Layer.Builder builder) {
        ILossFunction lossFn = null;
        if (layer instanceof BaseOutputLayer output) {
            lossFn = output.getLossFn();
        } else if (layer instanceof LossLayer loss) {
            lossFn = loss.getLossFn();
        } else if (layer instanceof RnnLossLayer loss) {
            lossFn = loss.getLossFn();
        } else if (layer instanceof CnnLossLayer loss) {
            lossFn = loss.getLossFn();
        } else if (layer instanceof Cnn3DLossLayer loss) {
            lossFn = loss.getLossFn();
        } else if (layer instanceof Yolo2OutputLayer) {
            builder.loss(Loss.of(dev.netlint.model.LossKind.OTHER, "Yolo2OutputLayer"));
            return;
        } else if (layer instanceof VariationalAutoencoder || layer instanceof AutoEncoder) {
            // Pretrained unsupervised: the layer scores its own reconstruction.
            builder.loss(Loss.of(dev.netlint.model.LossKind.OTHER, layer.getClass().getSimpleName()
                    + " reconstruction"));
            return;
        }
        if (lossFn == null) {
            return;
        }
        builder.loss(new Loss(Dl4jVocabulary.loss(lossFn), lossFn.getClass().getSimpleName(), lossWeights(pointer),
                Optional.empty()));
    }

    /** The length of the loss weights the reader took out of the layer at {@code pointer}. */
    private OptionalLong lossWeights(String pointer) {
        Long weights = arrayLengths.get(pointer + "/lossFn/weights");
        return weights == null ? OptionalLong.empty() : OptionalLong.of(weights);
    }

    private static List<Layer> topologicalOrder(Map<String, Layer> byName) {
        return Topology.order(new ArrayList<>(byName.values()), Layer::name, Layer::inputs);
    }
}
