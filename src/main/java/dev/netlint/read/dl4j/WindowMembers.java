package dev.netlint.read.dl4j;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

import java.util.Optional;

/**
 * The window members DL4J's convolution and pooling layers both declare, which share no supertype: kernel, stride,
 * padding and dilation as the file states them (any may be null), and the convolution mode.
 */
record WindowMembers(int[] kernel, int[] stride, int[] padding, int[] dilation, ConvolutionMode mode) {

    /** Empty for a layer without a window. */
    static Optional<WindowMembers> of(Layer layer) {
        if (layer instanceof ConvolutionLayer conv) {
            return Optional.of(new WindowMembers(conv.getKernelSize(), conv.getStride(), conv.getPadding(),
                    conv.getDilation(), conv.getConvolutionMode()));
        }
        if (layer instanceof SubsamplingLayer pool) {
            return Optional.of(new WindowMembers(pool.getKernelSize(), pool.getStride(), pool.getPadding(),
                    pool.getDilation(), pool.getConvolutionMode()));
        }
        return Optional.empty();
    }
}
