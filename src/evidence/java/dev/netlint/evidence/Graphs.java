package dev.netlint.evidence;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** ComputationGraph variants, for the rules about graph wiring (dense tasks only). */
final class Graphs {

    /** What is wrong with the graph, if anything. */
    enum Wiring { CLEAN, UNUSED_LAYER_ALLOWED, UNUSED_LAYER, MISSING_INPUT }

    private Graphs() {
    }

    static Variant graph(Wiring wiring) {
        return new Variant() {
            @Override
            public Object configure(Task task, long seed) {
                ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder().seed(seed)
                        .updater(new Adam(1e-3)).weightInit(WeightInit.RELU).graphBuilder()
                        .addInputs("in")
                        .setInputTypes(InputType.feedForward(task.inputs()))
                        .addLayer("dense1", new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build(),
                                wiring == Wiring.MISSING_INPUT ? "inputs" : "in")
                        .addLayer("output", new OutputLayer.Builder(LossFunction.MCXENT).nOut(task.classes())
                                .activation(Activation.SOFTMAX).build(), "dense1");
                if (wiring == Wiring.UNUSED_LAYER || wiring == Wiring.UNUSED_LAYER_ALLOWED) {
                    g.addLayer("unused", new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build(), "in");
                }
                if (wiring == Wiring.UNUSED_LAYER_ALLOWED) {
                    g.allowDisconnected(true);
                }
                return g.setOutputs("output").build();
            }

            @Override
            public Net.Labels labels(Task task) {
                return Net.Labels.ONE_HOT;
            }

            @Override
            public Variant unchecked() {
                return null;
            }

            @Override
            public Variant pretraining() {
                return this;
            }
        };
    }
}
