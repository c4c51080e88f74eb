package com.example.net;

import dev.netlint.api.LintOptions;
import dev.netlint.api.NetlintAssertions;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** A 3-class classifier as a project would write it, checked by netlint before any training. */
class ClassifierConfigurationTest {

    private static final LintOptions LABELS = LintOptions.defaults().labels("categorical", 3);

    private static MultiLayerConfiguration classifier(Activation head) {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(1e-3))
                .list()
                .layer(new DenseLayer.Builder().name("hidden").nIn(4).nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).name("output").nOut(3).activation(head).build())
                // DL4J's own output check would refuse the sigmoid head; netlint must catch it when that is off
                .validateOutputLayerConfig(false)
                .build();
    }

    @Test
    void softmaxHeadIsSound() {
        NetlintAssertions.assertNoErrors(classifier(Activation.SOFTMAX), LABELS);
    }

    @Test
    void sigmoidHeadWithMulticlassCrossEntropy() {
        NetlintAssertions.assertNoErrors(classifier(Activation.SIGMOID), LABELS);
    }
}
