package dev.netlint.customclasses;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A project's own loss, as Siamese and metric-learning networks have: DL4J writes its class name into the
 * configuration. Only its configuration matters to the fixtures; it is never trained with.
 */
public class ContrastiveLoss implements ILossFunction {

    private double margin = 1.0;

    public double getMargin() {
        return margin;
    }

    public void setMargin(double margin) {
        this.margin = margin;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                               boolean average) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
                                                          IActivation activationFn, INDArray mask, boolean average) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public String name() {
        return "ContrastiveLoss";
    }
}
