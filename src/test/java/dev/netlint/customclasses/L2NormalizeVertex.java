package dev.netlint.customclasses;

import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A project's own graph vertex (an embedding normalised to unit length); configuration only. */
public class L2NormalizeVertex extends GraphVertex {

    private double eps = 1e-8;

    public double getEps() {
        return eps;
    }

    public void setEps(double eps) {
        this.eps = eps;
    }

    @Override
    public GraphVertex clone() {
        L2NormalizeVertex copy = new L2NormalizeVertex();
        copy.eps = eps;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof L2NormalizeVertex other && other.eps == eps;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(eps);
    }

    @Override
    public long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 1;
    }

    @Override
    public int maxVertexInputs() {
        return 1;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
                                                                      INDArray paramsView, boolean initializeParams,
                                                                      DataType networkDatatype) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        return vertexInputs[0];
    }

    @Override
    public MemoryReport getMemoryReport(InputType... inputTypes) {
        throw new UnsupportedOperationException("fixture class: configuration only");
    }
}
