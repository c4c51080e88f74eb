package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Output shapes of common Keras layers, computed from the config alone (batch axis dropped, -1 for an unknown
 * dimension, null when netlint cannot tell). Enough for fan-in and fan-out of weight layers and for the
 * flatten-to-dense size; layers not covered here simply make the shapes downstream unknown.
 */
final class KerasShapes {

    private KerasShapes() {
    }

    /** Fills {@code shape} of every node; {@code ordered} lists nodes so that inputs come first. */
    static void infer(List<KerasNode> ordered, Map<String, KerasNode> byName) {
        for (KerasNode node : ordered) {
            long[] declared = declaredInput(node.config);
            long[] in = node.inputs.isEmpty() ? declared : shapeOf(byName, node.inputs.get(0));
            if (in == null) {
                in = declared;
            }
            try {
                node.shape = output(node, in, byName);
            } catch (RuntimeException e) {
                node.shape = null; // a config this code does not understand leaves the shape unknown
            }
        }
    }

    private static long[] shapeOf(Map<String, KerasNode> byName, String name) {
        KerasNode node = byName.get(name);
        return node == null ? null : node.shape;
    }

    /** {@code batch_input_shape} (Keras 1/2, tfjs), {@code batch_shape} (Keras 3), or Keras 1 {@code input_dim}. */
    static long[] declaredInput(JsonNode config) {
        for (String field : new String[] {"batch_input_shape", "batch_shape"}) {
            JsonNode shape = config.get(field);
            if (shape != null && shape.isArray() && shape.size() > 0) {
                long[] dims = new long[shape.size() - 1];
                for (int i = 1; i < shape.size(); i++) {
                    dims[i - 1] = shape.get(i).isNumber() ? shape.get(i).asLong() : -1;
                }
                return dims;
            }
        }
        JsonNode inputDim = config.get("input_dim");
        if (inputDim != null && inputDim.isNumber() && inputDim.asLong() > 0) {
            return new long[] {inputDim.asLong()};
        }
        return null;
    }

    private static long[] output(KerasNode node, long[] in, Map<String, KerasNode> byName) {
        JsonNode c = node.innerConfig();
        String type = KerasVocabulary.key(node.innerClassName());
        boolean wrapped = !node.innerClassName().equals(node.className);
        if (wrapped && KerasVocabulary.key(node.className).equals("timedistributed") && in != null && in.length > 1) {
            long[] step = output(type, c, java.util.Arrays.copyOfRange(in, 1, in.length), node, byName);
            return step == null ? null : prepend(in[0], step);
        }
        long[] out = output(type, c, in, node, byName);
        if (out != null && KerasVocabulary.key(node.className).equals("bidirectional")
                && !"sum".equals(node.config.path("merge_mode").asText("concat"))
                && !"mul".equals(node.config.path("merge_mode").asText("concat"))
                && !"ave".equals(node.config.path("merge_mode").asText("concat"))) {
            out[out.length - 1] *= 2;
        }
        return out;
    }

    private static long[] output(String type, JsonNode c, long[] in, KerasNode node, Map<String, KerasNode> byName) {
        switch (type) {
            case "inputlayer":
                return in;
            case "dense":
                return in == null ? null : replaceLast(in, units(c));
            case "conv1d", "convolution1d", "conv2d", "convolution2d", "conv3d", "convolution3d",
                    "separableconv2d", "separableconv1d", "depthwiseconv2d", "atrousconvolution2d":
                return in == null ? null : convolution(type, c, in);
            case "maxpooling1d", "maxpooling2d", "maxpooling3d", "averagepooling1d", "averagepooling2d",
                    "averagepooling3d", "maxpool1d", "maxpool2d":
                return in == null ? null : pooling(c, in);
            case "globalmaxpooling1d", "globalmaxpooling2d", "globalaveragepooling1d", "globalaveragepooling2d",
                    "globalmaxpool2d", "globalaveragepool2d":
                return in == null ? null : new long[] {channelsFirst(c) ? in[0] : in[in.length - 1]};
            case "flatten":
                return in == null ? null : new long[] {product(in)};
            case "reshape":
                return reshape(c, in);
            case "embedding":
                return in == null ? null : append(in, c.path("output_dim").asLong(-1));
            case "lstm", "gru", "simplernn", "cudnnlstm", "cudnngru":
                if (in == null || in.length < 2) {
                    return null;
                }
                return c.path("return_sequences").asBoolean(false) ? new long[] {in[0], units(c)}
                        : new long[] {units(c)};
            case "concatenate", "merge":
                return concatenate(c, node, byName);
            case "add", "subtract", "multiply", "average", "maximum", "minimum":
                return in;
            case "dot":
                return new long[] {1};
            case "dropout", "spatialdropout1d", "spatialdropout2d", "spatialdropout3d", "gaussiandropout",
                    "alphadropout", "gaussiannoise", "activation", "softmax", "relu", "leakyrelu", "elu", "prelu",
                    "thresholdedrelu", "batchnormalization", "layernormalization", "normalization", "rescaling",
                    "masking", "activityregularization":
                return in;
            default:
                return null;
        }
    }

    static long units(JsonNode c) {
        for (String field : new String[] {"units", "output_dim", "filters", "nb_filter"}) {
            JsonNode value = c.get(field);
            if (value != null && value.isNumber()) {
                return value.asLong();
            }
        }
        return -1;
    }

    static boolean channelsFirst(JsonNode c) {
        return "channels_first".equals(c.path("data_format").asText()) || "th".equals(c.path("dim_ordering").asText());
    }

    /** Kernel extent per spatial axis, from {@code kernel_size} or Keras 1's nb_row/nb_col/filter_length. */
    static long[] kernel(JsonNode c, int spatial) {
        JsonNode kernel = c.get("kernel_size");
        if (kernel != null) {
            return expand(kernel, spatial, 1);
        }
        if (c.has("nb_row")) {
            return new long[] {c.path("nb_row").asLong(1), c.path("nb_col").asLong(1)};
        }
        if (c.has("filter_length")) {
            return new long[] {c.path("filter_length").asLong(1)};
        }
        return null;
    }

    private static long[] convolution(String type, JsonNode c, long[] in) {
        int spatial = in.length - 1;
        long[] k = kernel(c, spatial);
        if (k == null || spatial < 1) {
            return null;
        }
        long[] strides = c.has("strides") ? expand(c.get("strides"), spatial, 1)
                : c.has("subsample") ? expand(c.get("subsample"), spatial, 1) : filled(spatial, 1);
        long[] dilation = c.has("dilation_rate") ? expand(c.get("dilation_rate"), spatial, 1) : filled(spatial, 1);
        String padding = c.path("padding").asText(c.path("border_mode").asText("valid"));
        boolean first = channelsFirst(c);
        long channels = type.equals("depthwiseconv2d")
                ? (first ? in[0] : in[in.length - 1]) * c.path("depth_multiplier").asLong(1) : units(c);
        long[] out = new long[in.length];
        int offset = first ? 1 : 0;
        for (int i = 0; i < spatial; i++) {
            long n = in[offset + i];
            long extent = dilation[i] * (k[i] - 1) + 1;
            out[offset + i] = n < 0 ? -1 : padding.equals("same") || padding.equals("causal") ? ceilDiv(n, strides[i])
                    : collapsedAtZero(Math.floorDiv(n - extent, strides[i]) + 1);
        }
        out[first ? 0 : in.length - 1] = channels;
        return out;
    }

    private static long[] pooling(JsonNode c, long[] in) {
        int spatial = in.length - 1;
        long[] pool = c.has("pool_size") ? expand(c.get("pool_size"), spatial, 2) : filled(spatial, 2);
        long[] strides = c.hasNonNull("strides") ? expand(c.get("strides"), spatial, 2) : pool;
        String padding = c.path("padding").asText(c.path("border_mode").asText("valid"));
        boolean first = channelsFirst(c);
        long[] out = in.clone();
        int offset = first ? 1 : 0;
        for (int i = 0; i < spatial; i++) {
            long n = in[offset + i];
            out[offset + i] = n < 0 ? -1 : padding.equals("same") ? ceilDiv(n, strides[i])
                    : collapsedAtZero(Math.floorDiv(n - pool[i], strides[i]) + 1);
        }
        return out;
    }

    private static long[] reshape(JsonNode c, long[] in) {
        JsonNode target = c.get("target_shape");
        if (target == null || !target.isArray()) {
            return null;
        }
        long[] out = new long[target.size()];
        long known = 1;
        int unknownAt = -1;
        for (int i = 0; i < out.length; i++) {
            out[i] = target.get(i).asLong(-1);
            if (out[i] < 0) {
                unknownAt = i;
            } else {
                known *= out[i];
            }
        }
        if (unknownAt >= 0) {
            long total = in == null ? -1 : product(in);
            out[unknownAt] = total < 0 || known == 0 ? -1 : total / known;
        }
        return out;
    }

    private static long[] concatenate(JsonNode c, KerasNode node, Map<String, KerasNode> byName) {
        long[] first = null;
        long sum = 0;
        for (String input : node.inputs) {
            long[] shape = shapeOf(byName, input);
            if (shape == null) {
                return null;
            }
            if (first == null) {
                first = shape.clone();
            }
            long last = shape[shape.length - 1];
            sum = last < 0 || sum < 0 ? -1 : sum + last;
        }
        int axis = c.path("axis").asInt(c.path("concat_axis").asInt(-1));
        if (first == null || (axis != -1 && axis != first.length)) {
            return null;
        }
        first[first.length - 1] = sum;
        return first;
    }

    private static long[] expand(JsonNode value, int rank, long fallback) {
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            JsonNode v = value.isArray() ? value.get(Math.min(i, value.size() - 1)) : value;
            out[i] = v != null && v.isNumber() ? v.asLong() : fallback;
        }
        return out;
    }

    private static long[] filled(int rank, long value) {
        long[] out = new long[rank];
        java.util.Arrays.fill(out, value);
        return out;
    }

    static long product(long[] dims) {
        long p = 1;
        for (long d : dims) {
            if (d < 0) {
                return -1;
            }
            p *= d;
        }
        return p;
    }

    /** A window larger than the feature map leaves nothing: 0 marks it, since -1 already means "unknown". */
    private static long collapsedAtZero(long size) {
        return Math.max(0, size);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long[] replaceLast(long[] in, long last) {
        long[] out = in.clone();
        out[out.length - 1] = last;
        return out;
    }

    private static long[] append(long[] in, long last) {
        long[] out = java.util.Arrays.copyOf(in, in.length + 1);
        out[in.length] = last;
        return out;
    }

    private static long[] prepend(long first, long[] rest) {
        long[] out = new long[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
