package dev.netlint.read.dl4j;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.CnnToRnnPreProcessor;

import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * The input image size of a MultiLayer network whose first layer is a convolution. {@code InputType.convolutional}
 * is not kept in the JSON, but DL4J's build wrote the feature map that reaches the first flattening preprocessor
 * (height, width, channels of a {@code CnnToFeedForwardPreProcessor} or {@code CnnToRnnPreProcessor}): the input is
 * the image size that DL4J's own output-size arithmetic carries to exactly that map through the layers before it.
 * Several sizes can (a stride floors); the smallest and the largest are given, and the caller trusts only what both
 * say.
 */
final class CnnInputInference {

    /** The smallest and the largest input consistent with the file. */
    record Candidates(InputType smallest, InputType largest) {
        boolean exact() {
            return smallest.equals(largest);
        }
    }

    private CnnInputInference() {
    }

    static Optional<Candidates> of(MultiLayerConfiguration conf) {
        List<org.deeplearning4j.nn.conf.NeuralNetConfiguration> confs = conf.getConfs();
        if (confs.isEmpty() || conf.getInputPreProcess(0) != null
                || !(confs.get(0).getLayer() instanceof ConvolutionLayer first) || first.getNIn() <= 0) {
            return Optional.empty();
        }
        for (int k = 1; k < confs.size(); k++) {
            InputPreProcessor stated = conf.getInputPreProcess(k);
            long[] map = statedMap(stated);
            if (map.length == 0 && stated != null) {
                return Optional.empty();
            }
            if (map.length > 0) {
                List<Layer> before = confs.subList(0, k).stream().map(c -> c.getLayer()).toList();
                return candidates(before, map, first.getNIn());
            }
            if (!passesThrough(confs.get(k).getLayer()) && !(confs.get(k).getLayer() instanceof ConvolutionLayer)
                    && !(confs.get(k).getLayer() instanceof SubsamplingLayer)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Height, width and channels a flattening preprocessor states; none when it states no map (all 0). */
    private static long[] statedMap(InputPreProcessor preProcessor) {
        long[] map;
        if (preProcessor instanceof CnnToFeedForwardPreProcessor flat) {
            map = new long[] {flat.getInputHeight(), flat.getInputWidth(), flat.getNumChannels()};
        } else if (preProcessor instanceof CnnToRnnPreProcessor rnn) {
            map = new long[] {rnn.getInputHeight(), rnn.getInputWidth(), rnn.getNumChannels()};
        } else {
            return new long[0];
        }
        return map[2] > 0 && map[0] >= 0 && map[1] >= 0 ? map : new long[0];
    }

    private static Optional<Candidates> candidates(List<Layer> layers, long[] map, long channels) {
        long[][] range = new long[2][];
        for (int axis = 0; axis < 2; axis++) {
            int a = axis;
            IntUnaryOperator forward = size -> {
                int current = size;
                for (Layer layer : layers) {
                    current = current == Integer.MIN_VALUE ? current : outputSize(layer, current, a);
                }
                return current;
            };
            long bound = bound(layers, map[axis], axis);
            long smallest = -1;
            long largest = -1;
            for (int size = 1; size <= bound; size++) {
                if (forward.applyAsInt(size) == map[axis]) {
                    smallest = smallest < 0 ? size : smallest;
                    largest = size;
                }
            }
            if (smallest < 0) {
                return Optional.empty();
            }
            range[axis] = new long[] {smallest, largest};
        }
        return Optional.of(new Candidates(InputType.convolutional(range[0][0], range[1][0], channels),
                InputType.convolutional(range[0][1], range[1][1], channels)));
    }

    /** Past this, every layer's output only grows with its input: no larger input can give the stated map. */
    private static long bound(List<Layer> layers, long stated, int axis) {
        long bound = stated + 2;
        for (Layer layer : layers) {
            int[] window = window(layer, axis);
            if (window.length > 0) {
                bound = bound * Math.max(1, window[2]) + (long) window[0] * window[3] + 2L * Math.abs(window[1]);
            }
            if (bound > 100_000) {
                return 100_000;
            }
        }
        return bound;
    }

    /** The output size on one axis (0 height, 1 width) as DL4J's ConvolutionUtils computes it, without checks. */
    private static int outputSize(Layer layer, int input, int axis) {
        int[] window = window(layer, axis);
        if (window.length == 0) {
            return passesThrough(layer) ? input : Integer.MIN_VALUE;
        }
        int kernel = window[0];
        int padding = window[1];
        int stride = window[2];
        int dilation = window[3];
        ConvolutionMode mode = WindowMembers.of(layer).orElseThrow().mode();
        if (stride <= 0 || kernel <= 0) {
            return Integer.MIN_VALUE;
        }
        if (mode == ConvolutionMode.Same) {
            return (int) Math.ceil(input / (double) stride);
        }
        int effective = (kernel - 1) * dilation + 1;
        return (input - effective + 2 * padding) / stride + 1;
    }

    /** Kernel, padding, stride and dilation on one axis; empty for a layer without a window. */
    private static int[] window(Layer layer, int axis) {
        return WindowMembers.of(layer).map(w -> new int[] {at(w.kernel(), axis, 1), at(w.padding(), axis, 0),
                at(w.stride(), axis, 1), Math.max(1, at(w.dilation(), axis, 1))}).orElse(new int[0]);
    }

    private static int at(int[] values, int axis, int fallback) {
        return values == null || values.length <= axis ? fallback : values[axis];
    }

    private static boolean passesThrough(Layer layer) {
        return layer instanceof BatchNormalization || layer instanceof ActivationLayer || layer instanceof DropoutLayer
                || layer instanceof LocalResponseNormalization;
    }
}
