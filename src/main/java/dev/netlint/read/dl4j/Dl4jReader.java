package dev.netlint.read.dl4j;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.ReadFact;
import dev.netlint.read.JsonDocument;
import dev.netlint.read.JsonLocations;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import dev.netlint.read.ZipArchive;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads DL4J MultiLayerConfiguration and ComputationGraphConfiguration JSON through DL4J's own deserialiser, so
 * every format DL4J 0.9.x to 1.0.0-M2.1 wrote is read the way DL4J reads it.
 */
final class Dl4jReader {

    /** Which DL4J configuration a JSON tree holds. */
    enum Kind {
        MULTI_LAYER("DL4J MultiLayerConfiguration"),
        GRAPH("DL4J ComputationGraphConfiguration");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The member names to have parsing mark ({@link JsonDocument#parse(com.fasterxml.jackson.core.JsonFactory,
     * byte[], java.util.Set)}) for {@link #read}. */
    static final java.util.Set<String> WATCHED = Dl4jTreePreparer.WATCHED;

    private final ClassAllowList allowList;

    Dl4jReader(ClassAllowList allowList) {
        this.allowList = allowList;
    }

    /** The configuration kind the tree holds, judged by the members only that kind has. */
    static Optional<Kind> sniff(ObjectNode root) {
        if (root.has("confs")) {
            return Optional.of(Kind.MULTI_LAYER);
        }
        if (root.has("vertices") && root.has("networkInputs")) {
            return Optional.of(Kind.GRAPH);
        }
        return Optional.empty();
    }

    /**
     * The file's text, when handing it to DL4J as it is is the same as handing it the tree netlint checked: no
     * object names a member twice (the tree keeps the last, a streaming reader sees both, and Jackson's type-id
     * handling takes the first {@code @class}), no bare NaN (the tree renders it as a string DL4J accepts), and the
     * bytes are UTF-8 (a UTF-8 byte order mark is left out). Empty otherwise: the tree is rendered instead.
     */
    static Optional<String> verbatimSource(JsonDocument document, byte[] bytes) {
        if (document.duplicateKeys() || document.nonFiniteNumbers()) {
            return Optional.empty();
        }
        return utf8Text(bytes);
    }

    /** The bytes as text when they are UTF-8 (a byte order mark left out); empty for UTF-16 or UTF-32. */
    static Optional<String> utf8Text(byte[] bytes) {
        if (bytes.length < 2) {
            return Optional.empty();
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0 || (bytes[i] & 0xFF) >= 0xFE) {
                return Optional.empty(); // UTF-16 or UTF-32, which Jackson detects and a plain decode would not
            }
        }
        return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    /** The 2015 layout: one flat NeuralNetConfiguration with RBM-era members and no list of layers. */
    static boolean isPre05Configuration(ObjectNode root) {
        return root.has("activationFunction") && root.has("lossFunction") && root.has("nIn")
                && root.has("optimizationAlgo");
    }

    ReadOutcome.Models read(Kind kind, ObjectNode root, JsonLocations locations, String entry,
                                   Optional<Boolean> normalizerSaved) throws ReadException {
        return read(kind, root, locations, entry, normalizerSaved, Optional.empty(), null);
    }

    /**
     * @param verbatim the text {@code root} was parsed from, when {@link #verbatimSource} vouches that it says
     *                 exactly what the tree says; DL4J then reads it as it is, unless preparing the tree changed it
     * @param marked   the objects of {@code root} with a member in {@link #WATCHED}, in document order, as parsing
     *                 marked them; null to have the whole tree walked (a second pass over every value, which for a
     *                 large file cost more than parsing it: the tree no longer fits in the caches)
     */
    ReadOutcome.Models read(Kind kind, ObjectNode root, JsonLocations locations, String entry,
                                   Optional<Boolean> normalizerSaved, Optional<String> verbatim,
                                   List<JsonDocument.Marked> marked) throws ReadException {
        Dl4jTreePreparer preparer = new Dl4jTreePreparer(allowList, locations);
        preparer.prepare(root, marked);
        // Rendering the tree again cost as much as DL4J's own parse; the original text is used whenever the
        // prepared tree is still exactly what it says. Jackson 2.10+ renders a node as valid JSON.
        String json = verbatim.isPresent() && !preparer.changed() ? verbatim.get() : root.toString();
        return deserialise(kind, json, locations, entry, normalizerSaved, preparer.opaqueClasses(),
                preparer.arrayLengths(), preparer.customParts());
    }

    /**
     * Reads a file whose text {@link Dl4jScanCheck} found fit for DL4J (every class allowed and present, nothing to
     * stand in for), without a tree; its ND4J arrays already replaced by {@code null} in {@code json}.
     *
     * @param arrayLengths pointer of each replaced array, mapped to its element count
     */
    ReadOutcome.Models readChecked(Kind kind, String json, JsonLocations locations, String entry,
                                   Optional<Boolean> normalizerSaved, Map<String, Long> arrayLengths)
            throws ReadException {
        return deserialise(kind, json, locations, entry, normalizerSaved, Map.of(), arrayLengths, List.of());
    }

    private ReadOutcome.Models deserialise(Kind kind, String json, JsonLocations locations, String entry,
                                           Optional<Boolean> normalizerSaved, Map<String, String> opaque,
                                           Map<String, Long> arrayLengths, List<CustomClass> customParts)
            throws ReadException {
        ClassLoadingGuard guard = allowList.guard();
        Object configuration;
        try {
            configuration = guard.around(() -> switch (kind) {
                case MULTI_LAYER -> MultiLayerConfiguration.fromJson(json);
                case GRAPH -> ComputationGraphConfiguration.fromJson(json);
            });
        } catch (ClassLoadingGuard.RefusedClass e) {
            throw refused(e.className(), locations);
        } catch (RuntimeException | LinkageError e) {
            if (!guard.refused().isEmpty()) {
                throw refused(guard.refused().get(0), locations);
            }
            // a null where DL4J needs a part fails with a path naming whatever member Jackson read last
            Optional<MissingParts.Part> missing = MissingParts.in(json);
            if (missing.isPresent()) {
                throw new ReadException(locations.at(missing.get().pointer()), "DL4J cannot read this "
                        + kind.description() + ": " + missing.get().what() + " is missing or null; expected a "
                        + "complete configuration as DL4J writes it", e);
            }
            throw new ReadException(Dl4jErrors.location(e, locations),
                    "DL4J cannot read this " + kind.description() + ": " + Dl4jErrors.describe(e)
                            + "; expected a configuration written by DL4J 0.9.x to 1.0.0-M2.1", e);
        }
        if (!guard.refused().isEmpty()) {
            throw refused(guard.refused().get(0), locations); // DL4J swallowed the refusal; the file is still unsafe
        }
        try {
            checkComplete(configuration, kind, locations);
        } catch (ReadException e) {
            Optional<MissingParts.Part> missing = MissingParts.in(json);
            if (missing.isPresent()) {
                throw incomplete(locations, missing.get().pointer(), missing.get().what(), kind);
            }
            throw e;
        }
        Dl4jNetworkMapper networkMapper = new Dl4jNetworkMapper(locations, opaque, arrayLengths, customParts);
        Network network = configuration instanceof MultiLayerConfiguration multiLayer
                ? networkMapper.multiLayer(multiLayer, normalizerSaved)
                : networkMapper.graph((ComputationGraphConfiguration) configuration, normalizerSaved);
        List<ReadFact> facts = facts(kind, locations, network,
                customParts.stream().map(CustomClass::className).collect(java.util.stream.Collectors.toSet()));
        facts.addAll(CustomClassFacts.of(customParts.stream().filter(part -> !part.isKerasImportPreprocessor())
                .toList(), networkMapper::owner, locations, allowList::allows));
        networkMapper.shapeRefusal().ifPresent(refusal -> facts.add(new ReadFact.ShapeRefused(
                locations.at(refusal.pointer()), refusal.layer(), firstLine(refusal.message()))));
        return new ReadOutcome.Models(kind.description(), entry, List.of(network), facts);
    }

    /** DL4J's messages run over several lines (sizes, advice, a link): the first two say what is wrong. */
    private static String firstLine(String message) {
        return message.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * DL4J's deserialiser accepts a configuration with parts missing (a null layer, no outputs) and fails only when
     * the network is built. Such a file is reported here, at the part that is missing.
     */
    private static void checkComplete(Object configuration, Kind kind, JsonLocations locations)
            throws ReadException {
        if (configuration instanceof MultiLayerConfiguration multiLayer) {
            if (multiLayer.getConfs() == null) {
                throw incomplete(locations, "/confs", "the list of layers", kind);
            }
            for (int i = 0; i < multiLayer.getConfs().size(); i++) {
                if (multiLayer.getConfs().get(i) == null || multiLayer.getConfs().get(i).getLayer() == null) {
                    throw incomplete(locations, "/confs/" + i, "layer " + i, kind);
                }
            }
            return;
        }
        ComputationGraphConfiguration graph = (ComputationGraphConfiguration) configuration;
        if (graph.getVertices() == null) {
            throw incomplete(locations, "/vertices", "the vertices", kind);
        }
        if (graph.getNetworkInputs() == null) {
            throw incomplete(locations, "/networkInputs", "the network inputs", kind);
        }
        if (graph.getNetworkOutputs() == null) {
            throw incomplete(locations, "/networkOutputs", "the network outputs", kind);
        }
        if (graph.getVertexInputs() == null) {
            throw incomplete(locations, "/vertexInputs", "the vertex inputs", kind);
        }
        for (var vertex : graph.getVertices().entrySet()) {
            String pointer = "/vertices/" + JsonLocations.escape(String.valueOf(vertex.getKey()));
            if (vertex.getKey() == null || vertex.getValue() == null
                    || vertex.getValue() instanceof org.deeplearning4j.nn.conf.graph.LayerVertex layerVertex
                    && (layerVertex.getLayerConf() == null || layerVertex.getLayerConf().getLayer() == null)) {
                throw incomplete(locations, pointer, "vertex '" + vertex.getKey() + "' (or its layer)", kind);
            }
        }
        for (var inputs : graph.getVertexInputs().entrySet()) {
            if (inputs.getValue() == null || inputs.getValue().contains(null)) {
                throw incomplete(locations, "/vertexInputs/" + JsonLocations.escape(String.valueOf(inputs.getKey())),
                        "the inputs of vertex '" + inputs.getKey() + "'", kind);
            }
        }
        if (graph.getNetworkInputs().contains(null) || graph.getNetworkOutputs().contains(null)) {
            throw incomplete(locations, "/networkOutputs", "a network input or output name", kind);
        }
    }

    private static ReadException incomplete(JsonLocations locations, String pointer, String what, Kind kind) {
        return new ReadException(locations.at(pointer), "DL4J reads this " + kind.description() + " but "
                + what + " is missing or null, so no network can be built from it; expected a complete "
                + "configuration as DL4J writes it");
    }

    private ReadException refused(String className, JsonLocations locations) {
        return new ReadException(locations.at(""), "DL4J was made to look up class '"
                + ZipArchive.printable(className) + "' (a type id netlint's check did not see as one); expected only "
                + "classes in " + String.join(", ", allowList.prefixes().stream().map(p -> p + "*").toList())
                + ". The class was not loaded");
    }

    /** @param customClasses classes recorded as custom parts (a custom preprocessor is an opaque step too) */
    private static List<ReadFact> facts(Kind kind, JsonLocations locations, Network network,
                                        java.util.Set<String> customClasses) {
        List<ReadFact> facts = new ArrayList<>();
        // DL4J's parser stops after the first value, so whatever follows is silently ignored.
        locations.trailingValue().ifPresent(at -> facts.add(new ReadFact.IgnoredTrailingValue(at,
                kind.description())));
        network.layers().stream().filter(layer -> layer.kind() == LayerKind.OPAQUE)
                .filter(layer -> !customClasses.contains(layer.type())).forEach(layer ->
                facts.add(new ReadFact.UnknownClass(layer.location(), layer.name(), layer.type(), "DL4J class")));
        return facts;
    }
}
