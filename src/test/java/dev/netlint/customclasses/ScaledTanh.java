package dev.netlint.customclasses;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A project's own activation function (LeCun's 1.7159 tanh(2x/3)); configuration only. */
public class ScaledTanh extends BaseActivationFunction {

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public String toString() {
        return "scaledtanh";
    }
}
