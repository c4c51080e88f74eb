package dev.netlint.bench;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic scale cases with DL4J's own builders (so the JSON is exactly what DL4J writes): a MultiLayer
 * of dense layers with a dropout layer every tenth layer, and a graph whose every fourth layer takes the sum of two
 * earlier layers (a residual connection), each with 10, 100, 1,000 and 10,000 layers. {@code build()} needs an
 * ND4J backend, so this runs with the bench profile's class path.
 *
 * <p>Usage: {@code SyntheticConfigs OUT_DIR}
 */
public final class SyntheticConfigs {

    static final int[] SIZES = {10, 100, 1_000, 10_000};
    private static final int WIDTH = 16;

    private SyntheticConfigs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int layers : SIZES) {
            write(out.resolve(multiLayerName(layers)), multiLayer(layers).toJson());
            write(out.resolve(graphName(layers)), graph(layers).toJson());
        }
        System.out.println(Measure.result("written", out));
    }

    static String multiLayerName(int layers) {
        return "mln-" + layers + ".json";
    }

    static String graphName(int layers) {
        return "graph-" + layers + ".json";
    }

    private static void write(Path file, String json) throws IOException {
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }

    private static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder().seed(42).weightInit(WeightInit.RELU).updater(new Adam(1e-3))
                .activation(Activation.RELU);
    }

    /** {@code layers} layers in all: dense layers, a dropout layer every tenth, and the output layer. */
    static MultiLayerConfiguration multiLayer(int layers) {
        NeuralNetConfiguration.ListBuilder list = base().list();
        for (int i = 0; i < layers - 1; i++) {
            if (i % 10 == 9) {
                list.layer(new DropoutLayer.Builder(0.9).name("drop" + i).build());
            } else {
                list.layer(new DenseLayer.Builder().name("dense" + i).nOut(WIDTH).build());
            }
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).name("output").nOut(10)
                .activation(Activation.SOFTMAX).build());
        return list.setInputType(InputType.feedForward(WIDTH)).build();
    }

    /**
     * {@code layers} layer vertices: a chain of dense layers where every fourth one takes the element-wise sum of
     * the two layers before it, then the output layer.
     */
    static ComputationGraphConfiguration graph(int layers) {
        ComputationGraphConfiguration.GraphBuilder graph = base().graphBuilder().addInputs("in");
        String previous = "in";
        String beforePrevious = "in";
        for (int i = 0; i < layers - 1; i++) {
            String name = "dense" + i;
            if (i % 4 == 3) {
                String sum = "add" + i;
                graph.addVertex(sum, new ElementWiseVertex(ElementWiseVertex.Op.Add), previous, beforePrevious);
                graph.addLayer(name, new DenseLayer.Builder().nOut(WIDTH).build(), sum);
            } else {
                graph.addLayer(name, new DenseLayer.Builder().nOut(WIDTH).build(), previous);
            }
            beforePrevious = previous;
            previous = name;
        }
        graph.addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                .activation(Activation.SOFTMAX).build(), previous);
        return graph.setOutputs("output").setInputTypes(InputType.feedForward(WIDTH)).build();
    }
}
