package dev.netlint.evidence;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * One network of the harness as a few settings over a fixed shape: the task's front end (nothing for a dense task,
 * conv 3x3x8 relu + max-pool 2x2 for a CNN, the last step of an LSTM(16) for a sequence), {@link #hidden} dense
 * layers, then the head. A case changes only the settings its rule is about, so the flagged network and its fixed
 * twin differ in exactly that. Settings are public fields set in a lambda: {@code net(n -> n.outUnits = 1)}.
 */
final class Net {

    /** How labels are handed to the network. */
    enum Labels { ONE_HOT, BINARY_COLUMN, CLASS_INDEX }

    IUpdater updater = new Adam(1e-3);
    int[] hidden = {64};
    /** Null leaves the activation to DL4J's builder default (sigmoid). */
    Activation hiddenActivation = Activation.RELU;
    /** Overrides {@link #hiddenActivation} on the first hidden layer only (null: same as the others). */
    Activation firstHiddenActivation;
    IWeightInit hiddenInit = WeightInit.RELU.getWeightInitFunction();
    /** The first convolution's initialiser (He by default; XAVIER as DL4J's examples write it). */
    WeightInit convInit = WeightInit.RELU;
    /** Overrides {@link #hiddenInit} on the first hidden layer only (null: same as the others). */
    IWeightInit firstHiddenInit;
    /** DL4J dropOut(p) on each hidden dense layer: p is the probability to KEEP; NaN: no dropout. */
    double hiddenRetain = Double.NaN;
    /** DL4J dropOut(p) on the network builder, inherited by every layer, the output layer included. */
    double globalRetain = Double.NaN;
    double globalL2;
    double hiddenL2;
    boolean batchNorm;
    /** The updater of the first hidden layer (null: the network's). */
    IUpdater firstHiddenUpdater;

    Activation outActivation = Activation.SOFTMAX;
    ILossFunction loss = new LossMCXENT();
    /** Units of the output layer; 0: one per class of the task plus {@link #unitsBeyondClasses} (at least 0). */
    int outUnits;
    int unitsBeyondClasses;
    /** Head as a dense layer with the output activation followed by a LossLayer with {@link #lossLayerActivation}. */
    boolean lossLayer;
    Activation lossLayerActivation = Activation.IDENTITY;
    /** The network ends in a DenseLayer: no output layer at all. */
    boolean noOutputLayer;
    /** Weights of a weighted LossMCXENT, all 1, this many more than output units (null: unweighted). */
    Integer lossWeightsBeyondUnits;
    /** nIn of the output layer given explicitly, and no setInputType to correct it (0: inferred). */
    int outputNIn;
    /** Kernel of a second convolution after the pooling (0: none). */
    int secondConvKernel;
    /** Stride of the first convolution. */
    int firstConvStride = 1;
    /** Convolution mode of the first convolution (null: DL4J's default, Truncate). */
    org.deeplearning4j.nn.conf.ConvolutionMode firstConvMode;
    Labels labels = Labels.ONE_HOT;
    boolean validateOutput = true;

    int units(Task task) {
        return outUnits > 0 ? outUnits : Math.max(0, task.classes() + unitsBeyondClasses);
    }

    MultiLayerConfiguration build(Task task, long seed) {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder().seed(seed).updater(updater)
                .weightInit(WeightInit.XAVIER);
        if (!Double.isNaN(globalRetain)) {
            base.dropOut(globalRetain);
        }
        if (globalL2 > 0) {
            base.l2(globalL2);
        }
        NeuralNetConfiguration.ListBuilder list = base.list();
        switch (task.kind()) {
            case CNN -> {
                ConvolutionLayer.Builder conv = new ConvolutionLayer.Builder(3, 3).nOut(8).activation(Activation.RELU)
                        .weightInit(convInit).stride(firstConvStride, firstConvStride);
                if (firstConvMode != null) {
                    conv.convolutionMode(firstConvMode);
                }
                list.layer(conv.build());
                list.layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build());
                if (secondConvKernel > 0) {
                    list.layer(new ConvolutionLayer.Builder(secondConvKernel, secondConvKernel).nOut(8)
                            .activation(Activation.RELU).build());
                }
            }
            case RNN -> list.layer(new LastTimeStep(new LSTM.Builder().nOut(16).activation(Activation.TANH).build()));
            case DENSE -> { }
        }
        for (int i = 0; i < hidden.length; i++) {
            DenseLayer.Builder dense = new DenseLayer.Builder().name("dense" + (i + 1)).nOut(hidden[i]);
            if (outputNIn > 0 && i == 0) {
                dense.nIn(task.inputs());
            }
            Activation activation = i == 0 && firstHiddenActivation != null ? firstHiddenActivation : hiddenActivation;
            if (activation != null && !batchNorm) {
                dense.activation(activation);
            } else if (batchNorm) {
                dense.activation(Activation.IDENTITY);
            }
            IWeightInit init = i == 0 && firstHiddenInit != null ? firstHiddenInit : hiddenInit;
            if (init != null) {
                dense.weightInit(init);
            }
            if (!Double.isNaN(hiddenRetain)) {
                dense.dropOut(hiddenRetain);
            }
            if (hiddenL2 > 0) {
                dense.l2(hiddenL2);
            }
            if (i == 0 && firstHiddenUpdater != null) {
                dense.updater(firstHiddenUpdater);
            }
            list.layer(dense.build());
            if (batchNorm) {
                list.layer(new BatchNormalization.Builder().build());
                list.layer(new org.deeplearning4j.nn.conf.layers.ActivationLayer.Builder()
                        .activation(hiddenActivation).build());
            }
        }
        int units = units(task);
        if (noOutputLayer) {
            list.layer(new DenseLayer.Builder().name("output").nOut(units).activation(outActivation).build());
        } else if (lossLayer) {
            list.layer(new DenseLayer.Builder().name("dense-out").nOut(units).activation(outActivation).build());
            list.layer(new LossLayer.Builder().lossFunction(loss).activation(lossLayerActivation).name("loss").build());
        } else {
            ILossFunction lossFunction = lossWeightsBeyondUnits == null ? loss
                    : new LossMCXENT(Nd4j.ones(units + lossWeightsBeyondUnits));
            OutputLayer.Builder out = new OutputLayer.Builder().lossFunction(lossFunction).name("output")
                    .nOut(units).activation(outActivation);
            if (outputNIn > 0) {
                out.nIn(outputNIn);
            }
            list.layer(out.build());
        }
        if (outputNIn == 0) {
            list.setInputType(switch (task.kind()) {
                case DENSE -> InputType.feedForward(task.inputs());
                case CNN -> InputType.convolutional(task.height(), task.width(), task.channels());
                case RNN -> InputType.recurrent(task.channels(), task.width());
            });
        }
        list.validateOutputLayerConfig(validateOutput);
        MultiLayerConfiguration conf = list.build();
        if (outputNIn > 0) {
            // The builder corrects a wrong nIn from the layer before it (overrideNinUponBuild), which fromJson never
            // does: set it afterwards, as a file written by an older network and edited by hand holds it.
            org.deeplearning4j.nn.conf.layers.FeedForwardLayer out = (org.deeplearning4j.nn.conf.layers.FeedForwardLayer)
                    conf.getConf(conf.getConfs().size() - 1).getLayer();
            out.setNIn(outputNIn);
        }
        return conf;
    }
}
