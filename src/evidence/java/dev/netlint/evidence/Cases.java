package dev.netlint.evidence;

import static dev.netlint.evidence.Variant.net;

import java.util.List;

import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

/**
 * The DL4J cases: for each rule at error or warning level in NL1xx-NL8xx that DL4J can express, the configuration
 * the rule flags and its fixed twin, on tasks of the kind the rule is about. Rules only Keras files can carry are
 * measured by evidence/tfjs/train.js. The default network of {@link Net} is the fixed side unless a case says
 * otherwise.
 */
final class Cases {

    private Cases() {
    }

    private static final Variant DEFAULT = net(n -> { });
    private static final int[] TWELVE_128 = {128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128};
    private static final int[] SIX_128 = {128, 128, 128, 128, 128, 128};

    static List<Case> all() {
        Task blobs = Task.blobs();
        Task overlap = Task.overlappingBlobs();
        Task sign = Task.linearSign();
        Task signBn = Task.linearSignBatchNorm();
        Task rings = Task.rings();
        Task projections = Task.projections();
        Task quadrants = Task.quadrants();
        Task pixels = Task.quadrantPixels();
        Task topBottom = Task.topBottom();
        Task pulses = Task.pulses();
        Task fineTuning = quadrants.asFineTuning(8, 4);
        Task quadrants28 = Task.quadrants28();
        Task fineTuning28 = quadrants28.asFineTuning(10, 5);

        Variant sigmoidXentOneUnit = net(n -> {
            n.outUnits = 1;
            n.outActivation = Activation.SIGMOID;
            n.loss = new LossBinaryXENT();
            n.labels = Net.Labels.BINARY_COLUMN;
        });
        return List.of(
                // ---------------------------------------------------------------- NL1xx output head
                Case.of("NL101", "softmax over 1 unit + XENT, 0/1 labels vs sigmoid(1) + XENT", net(n -> {
                    n.outUnits = 1;
                    n.outActivation = Activation.SOFTMAX;
                    n.loss = new LossBinaryXENT();
                    n.labels = Net.Labels.BINARY_COLUMN;
                }), sigmoidXentOneUnit, sign, topBottom),
                Case.of("NL102", "sigmoid(2) + MCXENT vs softmax(2) + MCXENT, one-hot labels",
                        net(n -> n.outActivation = Activation.SIGMOID), DEFAULT, sign, topBottom),
                Case.of("NL102", "sigmoid(K) + MCXENT vs softmax(K) + MCXENT, one-hot labels, 5 or 10 classes",
                        net(n -> n.outActivation = Activation.SIGMOID), DEFAULT, overlap, blobs),
                Case.of("NL103", "softmax(K) + XENT vs softmax(K) + MCXENT, one-hot labels",
                        net(n -> n.loss = new LossBinaryXENT()), DEFAULT, blobs, quadrants, overlap),
                Case.of("NL104", "relu(K) + MCXENT vs softmax(K) + MCXENT",
                        net(n -> n.outActivation = Activation.RELU), DEFAULT, blobs, quadrants),
                Case.of("NL104", "identity(1) + XENT vs sigmoid(1) + XENT, 0/1 labels", net(n -> {
                    n.outUnits = 1;
                    n.outActivation = Activation.IDENTITY;
                    n.loss = new LossBinaryXENT();
                    n.labels = Net.Labels.BINARY_COLUMN;
                }), sigmoidXentOneUnit, sign, topBottom),
                Case.of("NL105", "dense(1, softmax) -> LossLayer(MCXENT) vs dense(1, sigmoid) -> LossLayer(XENT)",
                        net(n -> {
                            n.lossLayer = true;
                            n.outUnits = 1;
                            n.labels = Net.Labels.BINARY_COLUMN;
                        }), net(n -> {
                            n.lossLayer = true;
                            n.outUnits = 1;
                            n.outActivation = Activation.SIGMOID;
                            n.loss = new LossBinaryXENT();
                            n.labels = Net.Labels.BINARY_COLUMN;
                        }), sign, topBottom),
                Case.of("NL106", "softmax(K) + MSE vs softmax(K) + MCXENT", net(n -> n.loss = new LossMSE()), DEFAULT,
                        blobs, quadrants, overlap),
                Case.of("NL107", "last layer a DenseLayer(softmax), no output layer vs OutputLayer(softmax, MCXENT)",
                        net(n -> n.noOutputLayer = true), DEFAULT, blobs, quadrants),
                Case.of("NL108", "OutputLayer nOut = 0 vs nOut = number of classes",
                        net(n -> n.unitsBeyondClasses = -1000), DEFAULT, blobs, quadrants),
                Case.of("NL109", "LossMCXENT with one weight fewer than output units vs one weight per unit",
                        net(n -> n.lossWeightsBeyondUnits = -1), net(n -> n.lossWeightsBeyondUnits = 0), blobs,
                        quadrants),
                Case.of("NL110", "dense(K, relu) -> LossLayer(MCXENT, identity) vs dense(K, softmax) -> LossLayer",
                        net(n -> {
                            n.lossLayer = true;
                            n.outActivation = Activation.RELU;
                        }), net(n -> n.lossLayer = true), blobs, quadrants),
                // ---------------------------------------------------------------- NL2xx labels vs head
                Case.of("NL201", "labels 0..K-1 (sparse) on sigmoid(1) + XENT vs softmax(K) + sparse MCXENT",
                        net(n -> {
                            n.outUnits = 1;
                            n.outActivation = Activation.SIGMOID;
                            n.loss = new LossBinaryXENT();
                            n.labels = Net.Labels.CLASS_INDEX;
                        }), net(n -> {
                            n.loss = new LossSparseMCXENT();
                            n.labels = Net.Labels.CLASS_INDEX;
                        }), quadrants, pulses),
                Case.of("NL201", "one-hot labels (categorical) on sigmoid(K) + XENT vs softmax(K) + MCXENT",
                        net(n -> {
                            n.outActivation = Activation.SIGMOID;
                            n.loss = new LossBinaryXENT();
                        }), DEFAULT, sign, topBottom, overlap),
                Case.of("NL202", "one-hot labels of K classes on an output of K-1 units vs K units",
                        net(n -> n.unitsBeyondClasses = -1), DEFAULT, quadrants, pulses),
                Case.of("NL202", "class indices 0..K-1 (sparse MCXENT) on K-1 units vs K units", net(n -> {
                    n.unitsBeyondClasses = -1;
                    n.loss = new LossSparseMCXENT();
                    n.labels = Net.Labels.CLASS_INDEX;
                }), net(n -> {
                    n.loss = new LossSparseMCXENT();
                    n.labels = Net.Labels.CLASS_INDEX;
                }), quadrants, overlap),
                Case.of("NL202", "class indices 0..K-1 (sparse MCXENT) on K+1 units vs K units", net(n -> {
                    n.unitsBeyondClasses = 1;
                    n.loss = new LossSparseMCXENT();
                    n.labels = Net.Labels.CLASS_INDEX;
                }), net(n -> {
                    n.loss = new LossSparseMCXENT();
                    n.labels = Net.Labels.CLASS_INDEX;
                }), quadrants, overlap),
                Case.of("NL204", "0/1 labels in one column on softmax(2) + MCXENT vs sigmoid(1) + XENT",
                        net(n -> n.labels = Net.Labels.BINARY_COLUMN), sigmoidXentOneUnit, sign, topBottom),
                // ---------------------------------------------------------------- NL3xx initialisation
                Case.of("NL301", "hidden dense layers initialised to ZERO vs WeightInit.RELU", net(n -> {
                    n.hidden = new int[] {64, 64};
                    n.hiddenInit = WeightInit.ZERO.getWeightInitFunction();
                }), net(n -> n.hidden = new int[] {64, 64}), blobs, quadrants, pulses),
                Case.of("NL302", "4 relu dense layers (128, 64, 64, 64) initialised uniform(-0.05, 0.05) vs "
                        + "WeightInit.RELU", net(n -> {
                            n.hidden = new int[] {128, 64, 64, 64};
                            n.hiddenInit = new WeightInitDistribution(new UniformDistribution(-0.05, 0.05));
                        }), net(n -> n.hidden = new int[] {128, 64, 64, 64}), blobs, quadrants),
                Case.of("NL302", "4 relu dense layers (128, 64, 64, 64) initialised normal(0, 0.01) vs "
                        + "WeightInit.RELU", net(n -> {
                            n.hidden = new int[] {128, 64, 64, 64};
                            n.hiddenInit = new WeightInitDistribution(new NormalDistribution(0, 0.01));
                        }), net(n -> n.hidden = new int[] {128, 64, 64, 64}), blobs, quadrants),
                Case.of("NL304", "2 relu dense layers (256) initialised normal(0, 1) vs WeightInit.RELU", net(n -> {
                    n.hidden = new int[] {256, 256};
                    n.hiddenInit = new WeightInitDistribution(new NormalDistribution(0, 1));
                }), net(n -> n.hidden = new int[] {256, 256}), blobs, quadrants),
                Case.of("NL304", "first dense layer over 100-256 inputs initialised normal(0, 0.01) vs WeightInit.RELU",
                        net(n -> n.firstHiddenInit = new WeightInitDistribution(new NormalDistribution(0, 0.01))),
                        DEFAULT, blobs, pixels),
                Case.of("NL305", "dense(64, RELU init) then 2 relu dense layers (64) initialised uniform(0, 1) vs "
                        + "WeightInit.RELU", net(n -> {
                            n.hidden = new int[] {64, 64, 64};
                            n.firstHiddenInit = WeightInit.RELU.getWeightInitFunction();
                            n.hiddenInit = new WeightInitDistribution(new UniformDistribution(0, 1));
                        }), net(n -> n.hidden = new int[] {64, 64, 64}), blobs, sign),
                Case.of("NL305", "dense(64, RELU init) then a relu dense layer (64) initialised normal(1, 0.05) vs "
                        + "WeightInit.RELU", net(n -> {
                            n.hidden = new int[] {64, 64};
                            n.firstHiddenInit = WeightInit.RELU.getWeightInitFunction();
                            n.hiddenInit = new WeightInitDistribution(new NormalDistribution(1, 0.05));
                        }), net(n -> n.hidden = new int[] {64, 64}), blobs, sign),
                Case.of("NL306", "12 relu dense layers (128) with WeightInit.XAVIER vs WeightInit.RELU, Adam(1e-3)",
                        net(n -> {
                            n.hidden = TWELVE_128;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                        }), net(n -> n.hidden = TWELVE_128), blobs, sign),
                Case.of("NL306", "12 relu dense layers (128) with WeightInit.XAVIER vs WeightInit.RELU, Sgd(0.01)",
                        net(n -> {
                            n.hidden = TWELVE_128;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                            n.updater = new Sgd(0.01);
                        }), net(n -> {
                            n.hidden = TWELVE_128;
                            n.updater = new Sgd(0.01);
                        }), blobs, sign),
                Case.of("NL306", "6 relu dense layers (128) with WeightInit.XAVIER vs WeightInit.RELU, Sgd(0.01)",
                        net(n -> {
                            n.hidden = SIX_128;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                            n.updater = new Sgd(0.01);
                        }), net(n -> {
                            n.hidden = SIX_128;
                            n.updater = new Sgd(0.01);
                        }), blobs, sign),
                Case.of("NL306", "12 relu dense layers (128) with WeightInit.XAVIER vs WeightInit.RELU, "
                        + "Nesterovs(0.01, momentum 0.9)", net(n -> {
                            n.hidden = TWELVE_128;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                            n.updater = new Nesterovs(0.01, 0.9);
                        }), net(n -> {
                            n.hidden = TWELVE_128;
                            n.updater = new Nesterovs(0.01, 0.9);
                        }), blobs, sign),
                // ---------------------------------------------------------------- NL4xx regularisation
                Case.of("NL401", "dropOut(0.2) (keeps 20%) on 2 relu dense layers (256) vs dropOut(0.8)", net(n -> {
                    n.hidden = new int[] {256, 256};
                    n.hiddenRetain = 0.2;
                }), net(n -> {
                    n.hidden = new int[] {256, 256};
                    n.hiddenRetain = 0.8;
                }), blobs, quadrants, pulses),
                Case.of("NL404", "dropOut(0.8) and l2(0.01) on each of 4 relu dense layers (128, 64, 64, 64) vs "
                        + "neither", net(n -> {
                            n.hidden = new int[] {128, 64, 64, 64};
                            n.hiddenRetain = 0.8;
                            n.hiddenL2 = 0.01;
                        }), net(n -> n.hidden = new int[] {128, 64, 64, 64}), blobs, quadrants, topBottom),
                Case.of("NL405", "l2(0.05) on every layer vs no weight penalty", net(n -> {
                    n.hidden = new int[] {64, 64};
                    n.globalL2 = 0.05;
                }), net(n -> n.hidden = new int[] {64, 64}), blobs, quadrants, overlap),
                Case.of("NL406", "network-wide dropOut(0.5), the output layer included, vs dropOut(0.8) on the "
                        + "hidden layer only", net(n -> n.globalRetain = 0.5), net(n -> n.hiddenRetain = 0.8), blobs,
                        quadrants),
                Case.of("NL406", "network-wide dropOut(0.5), the output layer included, vs dropOut(0.5) on the "
                        + "hidden layer only", net(n -> n.globalRetain = 0.5), net(n -> n.hiddenRetain = 0.5),
                        projections, blobs, sign),
                // ---------------------------------------------------------------- NL5xx activations
                Case.of("NL501", "5 dense layers (128) left at DL4J's default activation (sigmoid) vs relu",
                        net(n -> {
                            n.hidden = new int[] {128, 128, 128, 128, 128};
                            n.hiddenActivation = null;
                            n.hiddenInit = null;
                        }), net(n -> n.hidden = new int[] {128, 128, 128, 128, 128}), blobs, quadrants, pulses),
                // ---------------------------------------------------------------- NL6xx optimiser
                Case.of("NL601", "Adam(0.1) vs Adam(1e-3)", net(n -> n.updater = new Adam(0.1)), DEFAULT, blobs,
                        quadrants, signBn, fineTuning, pulses, quadrants28, fineTuning28),
                Case.of("NL601", "RmsProp(0.1) (DL4J's default) vs RmsProp(1e-3)",
                        net(n -> n.updater = new RmsProp(0.1)), net(n -> n.updater = new RmsProp(1e-3)), blobs,
                        quadrants, signBn, fineTuning, pulses, quadrants28, fineTuning28),
                Case.of("NL601", "Adam(0.1) vs Adam(1e-3), every layer WeightInit.XAVIER (as DL4J's examples)",
                        net(n -> {
                            n.updater = new Adam(0.1);
                            n.convInit = WeightInit.XAVIER;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                        }), net(n -> {
                            n.convInit = WeightInit.XAVIER;
                            n.hiddenInit = WeightInit.XAVIER.getWeightInitFunction();
                        }), blobs, quadrants28, fineTuning28),
                Case.of("NL601", "Adam(0.1, epsilon 0.01) vs Adam(1e-3, epsilon 0.01)",
                        net(n -> n.updater = new Adam(0.1, 0.9, 0.999, 0.01)),
                        net(n -> n.updater = new Adam(1e-3, 0.9, 0.999, 0.01)), blobs, quadrants, signBn, fineTuning),
                Case.of("NL601", "RmsProp(0.1, 0.96, epsilon 1e-3) vs RmsProp(1e-3, 0.96, epsilon 1e-3)",
                        net(n -> n.updater = new RmsProp(0.1, 0.96, 1e-3)),
                        net(n -> n.updater = new RmsProp(1e-3, 0.96, 1e-3)), blobs, quadrants, signBn, fineTuning),
                Case.of("NL602", "Adam(0.02) vs Adam(1e-3)", net(n -> n.updater = new Adam(0.02)), DEFAULT, blobs,
                        quadrants, fineTuning, pulses),
                Case.of("NL602", "Sgd(2.0) vs Nesterovs(0.01, momentum 0.9)", net(n -> n.updater = new Sgd(2.0)),
                        net(n -> n.updater = new Nesterovs(0.01, 0.9)), blobs, quadrants, pulses),
                Case.of("NL603", "NoOp updater on the hidden dense layer vs the network's Adam(1e-3)",
                        net(n -> n.firstHiddenUpdater = new NoOp()), DEFAULT, blobs, quadrants, pulses),
                Case.of("NL604", "Nesterovs(0.01, momentum 1.0) vs Nesterovs(0.01, momentum 0.9)",
                        net(n -> n.updater = new Nesterovs(0.01, 1.0)), net(n -> n.updater = new Nesterovs(0.01, 0.9)),
                        blobs, quadrants, pulses),
                Case.of("NL604", "Adam(1e-3, beta1 1.0) vs Adam(1e-3, beta1 0.9)",
                        net(n -> n.updater = new Adam(1e-3, 1.0, 0.999, 1e-8)), DEFAULT, blobs, quadrants, pulses),
                Case.of("NL604", "Adam(1e-3, beta2 1.0) vs Adam(1e-3, beta2 0.999)",
                        net(n -> n.updater = new Adam(1e-3, 0.9, 1.0, 1e-8)), DEFAULT, blobs, quadrants, pulses),
                Case.of("NL604", "RmsProp(1e-3, rmsDecay 1.0) vs RmsProp(1e-3, rmsDecay 0.95)",
                        net(n -> n.updater = new RmsProp(1e-3, 1.0, 1e-8)),
                        net(n -> n.updater = new RmsProp(1e-3, 0.95, 1e-8)), blobs, quadrants, pulses),
                Case.of("NL604", "Nesterovs(0.01, momentum -0.5) vs Nesterovs(0.01, momentum 0.9)",
                        net(n -> n.updater = new Nesterovs(0.01, -0.5)), net(n -> n.updater = new Nesterovs(0.01, 0.9)),
                        blobs, quadrants, pulses),
                Case.of("NL606", "AdaGrad(1.0) vs AdaGrad(0.1) (DL4J's default)",
                        net(n -> n.updater = new AdaGrad(1.0)), net(n -> n.updater = new AdaGrad(0.1)), blobs, sign,
                        quadrants),
                Case.of("NL605", "Adam(1e-3, epsilon 0) vs Adam(1e-3, epsilon 1e-8)",
                        net(n -> n.updater = new Adam(1e-3, 0.9, 0.999, 0.0)), DEFAULT, blobs, pixels, quadrants),
                // ---------------------------------------------------------------- NL7xx structure
                Case.of("NL701", "output layer nIn 71 while the dense layer before it has 64 units vs nIn 64",
                        net(n -> n.outputNIn = 71), net(n -> n.outputNIn = 64), blobs, sign),
                Case.of("NL702", "second convolution 8x8 on the 7x7 map after pooling vs 3x3",
                        net(n -> n.secondConvKernel = 8), net(n -> n.secondConvKernel = 3), quadrants, topBottom),
                Case.of("NL709", "hidden dense layer nOut 0 vs nOut 64", net(n -> n.hidden = new int[] {0}), DEFAULT,
                        blobs, sign),
                Case.of("NL710", "convolution 3x3, stride 2, ConvolutionMode.Strict on 16x16 images ((16 - 3) / 2 + 1 "
                        + "is no whole number) vs the same with ConvolutionMode.Truncate", net(n -> {
                            n.firstConvStride = 2;
                            n.firstConvMode = org.deeplearning4j.nn.conf.ConvolutionMode.Strict;
                        }), net(n -> {
                            n.firstConvStride = 2;
                            n.firstConvMode = org.deeplearning4j.nn.conf.ConvolutionMode.Truncate;
                        }), quadrants, topBottom),
                Case.of("NL704", "graph layer fed by an input name that does not exist vs the graph's input",
                        Graphs.graph(Graphs.Wiring.MISSING_INPUT), Graphs.graph(Graphs.Wiring.CLEAN), blobs, sign),
                Case.of("NL705", "graph with a dense layer that reaches no output, allowDisconnected(true), vs "
                        + "without it", Graphs.graph(Graphs.Wiring.UNUSED_LAYER_ALLOWED),
                        Graphs.graph(Graphs.Wiring.CLEAN), blobs, sign),
                Case.of("NL705", "graph with a dense layer that reaches no output (DL4J's default check) vs "
                        + "without it", Graphs.graph(Graphs.Wiring.UNUSED_LAYER),
                        Graphs.graph(Graphs.Wiring.CLEAN), blobs),
                Case.of("NL707", "dense(64, identity) -> dense(64, relu) -> output vs both relu", net(n -> {
                    n.hidden = new int[] {64, 64};
                    n.firstHiddenActivation = Activation.IDENTITY;
                }), net(n -> n.hidden = new int[] {64, 64}), blobs, rings, quadrants),
                Case.of("NL707", "dense(64, identity) as the only hidden layer -> output vs relu",
                        net(n -> n.hiddenActivation = Activation.IDENTITY), DEFAULT, blobs, rings, quadrants),
                Case.of("NL708", "dense(K, softmax) -> LossLayer(MCXENT, softmax) vs LossLayer(MCXENT, identity)",
                        net(n -> {
                            n.lossLayer = true;
                            n.lossLayerActivation = Activation.SOFTMAX;
                        }), net(n -> n.lossLayer = true), blobs, quadrants));
    }
}
