package dev.netlint.read.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * A class a DL4J file names that netlint does not load (a project's own loss, activation, vertex...): where it sits,
 * and what it stands for. DL4J's JSON says which interface a class implements only through the member holding it, so
 * the member name decides the role; a class in a member of no known role stays a read error.
 *
 * @param pointer   where the class's object is in the file
 * @param className the class the file names
 * @param role      what the class is
 */
public record CustomClass(String pointer, String className, Role role) {

    /** What a custom class is, what netlint puts in its place, and which checks lose it. */
    public enum Role {
        LAYER("layer", "the layer itself; checks that span layers treat it as a gap"),
        VERTEX("graph vertex", "the vertex itself; checks that span it treat it as a gap"),
        LOSS("loss", "the loss and label checks of this output (NL1xx, NL2xx)"),
        ACTIVATION("activation", "activation checks of this layer"),
        UPDATER("updater", "the optimiser checks (NL6xx) for this layer"),
        SCHEDULE("schedule", "the learning-rate checks (NL6xx) that need its values"),
        CONSTRAINT("constraint", "nothing: no check reads constraints"),
        DROPOUT("dropout", "the dropout checks (NL4xx) of this layer"),
        WEIGHT_NOISE("weight noise", "nothing: no check reads weight noise"),
        WEIGHT_INIT("weight initialiser", "the initialiser checks (NL3xx) of this layer"),
        DISTRIBUTION("distribution", "the initialiser checks (NL3xx) of this layer"),
        PREPROCESSOR("input preprocessor", "shape checks (NL7xx) of this network");

        private final String noun;
        private final String skipped;

        Role(String noun, String skipped) {
            this.noun = noun;
            this.skipped = skipped;
        }

        public String noun() {
            return noun;
        }

        /** The checks that could not run because of a class in this role. */
        public String skipped() {
            return skipped;
        }

        /** A layer or vertex replaced whole is worth a warning; a part of one a note. */
        public boolean wholeElement() {
            return this == LAYER || this == VERTEX;
        }

        /**
         * What DL4J reads in place of the class: a neutral object of the same interface, or null where DL4J takes
         * none as "not set" (the mapper then reports the part as unknown, never as the stand-in's value).
         */
        JsonNode standIn() {
            JsonNodeFactory json = JsonNodeFactory.instance;
            return switch (this) {
                case LOSS -> json.objectNode().put("@class", "org.nd4j.linalg.lossfunctions.impl.LossMSE");
                case ACTIVATION -> json.objectNode().put("@class",
                        "org.nd4j.linalg.activations.impl.ActivationIdentity");
                case UPDATER -> json.objectNode().put("@class", "org.nd4j.linalg.learning.config.NoOp");
                case WEIGHT_INIT -> json.objectNode().put("@class", "org.deeplearning4j.nn.weights.WeightInitXavier");
                case DISTRIBUTION -> json.objectNode()
                        .put("type", "org.deeplearning4j.nn.conf.distribution.NormalDistribution")
                        .put("mean", 0.0).put("std", 1.0);
                default -> json.nullNode();
            };
        }
    }

    /**
     * The role of an object held by member {@code member} (for an element of an array or map, {@code container} is
     * the member holding that array or map); empty for a position netlint does not know.
     */
    public static Optional<Role> roleAt(String member, String container) {
        String name = member.toLowerCase(Locale.ROOT);
        String outer = container == null ? "" : container.toLowerCase(Locale.ROOT);
        if (outer.equals("constraints") || outer.endsWith("constraints")) {
            return Optional.of(Role.CONSTRAINT);
        }
        if (outer.equals("inputpreprocessors")) {
            return Optional.of(Role.PREPROCESSOR);
        }
        return Optional.ofNullable(switch (name) {
            case "lossfn" -> Role.LOSS;
            case "activationfn", "gateactivationfn" -> Role.ACTIVATION;
            case "iupdater", "biasupdater" -> Role.UPDATER;
            case "idropout" -> Role.DROPOUT;
            case "weightnoise" -> Role.WEIGHT_NOISE;
            case "weightinitfn", "weightinitfnrecurrent" -> Role.WEIGHT_INIT;
            case "dist", "distribution" -> Role.DISTRIBUTION;
            case "preprocessor" -> Role.PREPROCESSOR;
            default -> name.endsWith("schedule") ? Role.SCHEDULE : null;
        });
    }

    /** Where deeplearning4j-modelimport keeps the preprocessors its Keras import writes into DL4J configurations. */
    private static final String KERAS_IMPORT = "org.deeplearning4j.nn.modelimport.keras.preprocessors.";

    /**
     * True for a preprocessor DL4J's Keras import writes ({@code ReshapePreprocessor}, {@code
     * KerasFlattenRnnPreprocessor}, {@code TensorFlowCnnToFeedForwardPreProcessor}...): not the project's own, and
     * known for what it is, a reshape or flatten between layers, without loading deeplearning4j-modelimport.
     */
    public boolean isKerasImportPreprocessor() {
        return role == Role.PREPROCESSOR && className.startsWith(KERAS_IMPORT);
    }

    /** The simple name, for messages. */
    public String simpleName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
