package dev.netlint.evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains one variant on one task for one seed, the way a user would: DL4J's builder, {@code init()}, then
 * {@code fit()} on mini-batches of {@link Task#BATCH} for the task's fixed number of epochs. Whatever DL4J throws is
 * kept with the stage that threw it. Runs of the same configuration, task and seed are made once.
 */
final class Runner {

    /** What one run produced: a refusal (stage and DL4J's message) or the train accuracy and whether the loss stayed finite. */
    record Outcome(String stage, String error, double accuracy, boolean finite) {

        boolean refused() {
            return stage != null;
        }
    }

    private final Map<String, Outcome> done = new HashMap<>();

    Outcome run(Variant variant, Task task, long seed) {
        Task.Data data = task.generate(seed);
        Object conf;
        try {
            conf = variant.configure(task, seed);
        } catch (RuntimeException e) {
            return new Outcome("build()", message(e), Double.NaN, false);
        }
        // The labels are part of the run: two variants with the same network but labels in another form are two runs.
        String key = task.name() + "|" + seed + "|" + variant.labels(task) + "|" + json(conf);
        return done.computeIfAbsent(key, k -> train(variant, conf, task, data, seed));
    }

    private Outcome train(Variant variant, Object conf, Task task, Task.Data data, long seed) {
        DataSet all = new DataSet(data.features(), labels(data, variant.labels(task), task.classes()));
        Trainable net;
        try {
            net = Trainable.init(conf);
        } catch (RuntimeException e) {
            return new Outcome("init()", message(e), Double.NaN, false);
        }
        try {
            if (task.pretrainEpochs() > 0) {
                Trainable start = Trainable.init(variant.pretraining().configure(task, seed));
                fit(start, all, task.pretrainEpochs(), seed);
                net.setParams(start.params().dup());
            }
            fit(net, all, task.epochs(), seed);
        } catch (RuntimeException e) {
            return new Outcome("fit()", message(e), Double.NaN, false);
        }
        INDArray out;
        try {
            out = net.output(data.features());
        } catch (RuntimeException e) {
            return new Outcome("output()", message(e), Double.NaN, false);
        }
        boolean finite = Double.isFinite(net.score()) && !out.isNaN().any() && !out.isInfinite().any();
        return new Outcome(null, null, accuracy(out, data.classes()), finite);
    }

    /**
     * Mini-batches in a new order every epoch, copied out of plain Java arrays (DataSet.shuffle crashes natively in
     * this ND4J on some arrays, and index-based views are slow).
     */
    private static void fit(Trainable net, DataSet all, int epochs, long seed) {
        float[] x = all.getFeatures().dup('c').data().asFloat();
        float[] y = all.getLabels().dup('c').data().asFloat();
        long[] xShape = all.getFeatures().shape().clone();
        long[] yShape = all.getLabels().shape().clone();
        int n = (int) xShape[0];
        int xSize = x.length / n;
        int ySize = y.length / n;
        Random random = new Random(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += Task.BATCH) {
                int size = Math.min(n, from + Task.BATCH) - from;
                float[] bx = new float[size * xSize];
                float[] by = new float[size * ySize];
                for (int k = 0; k < size; k++) {
                    System.arraycopy(x, order[from + k] * xSize, bx, k * xSize, xSize);
                    System.arraycopy(y, order[from + k] * ySize, by, k * ySize, ySize);
                }
                xShape[0] = size;
                yShape[0] = size;
                net.fit(new DataSet(Nd4j.create(bx, xShape.clone(), 'c'), Nd4j.create(by, yShape.clone(), 'c')));
            }
        }
    }

    /** Argmax over two or more output columns; one column is read as the probability of class 1. */
    static double accuracy(INDArray out, int[] classes) {
        int right = 0;
        for (int i = 0; i < classes.length; i++) {
            int predicted;
            if (out.size(1) == 1) {
                predicted = out.getDouble(i, 0) >= 0.5 ? 1 : 0;
            } else {
                predicted = Nd4j.argMax(out.getRow(i), 0).getInt(0);
            }
            if (predicted == classes[i]) {
                right++;
            }
        }
        return (double) right / classes.length;
    }

    /** One-hot labels are always over the task's classes: a head of another width gets what the data really is. */
    private static INDArray labels(Task.Data data, Net.Labels mode, int classes) {
        int n = data.classes().length;
        boolean oneHot = mode == Net.Labels.ONE_HOT;
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, oneHot ? classes : 1);
        for (int i = 0; i < n; i++) {
            if (oneHot) {
                y.putScalar(i, data.classes()[i], 1.0);
            } else {
                y.putScalar(i, 0, data.classes()[i]);
            }
        }
        return y;
    }

    private static String json(Object conf) {
        return conf instanceof MultiLayerConfiguration m ? m.toJson() : ((ComputationGraphConfiguration) conf).toJson();
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + ": " + (t.getMessage() == null ? "" : t.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > 240 ? text.substring(0, 237) + "..." : text;
    }

    /** A MultiLayerNetwork or a ComputationGraph behind the four calls the harness makes. */
    interface Trainable {
        void fit(DataSet batch);

        INDArray output(INDArray features);

        double score();

        INDArray params();

        void setParams(INDArray params);

        static Trainable init(Object conf) {
            if (conf instanceof MultiLayerConfiguration m) {
                MultiLayerNetwork net = new MultiLayerNetwork(m);
                net.init();
                return new Trainable() {
                    public void fit(DataSet batch) { net.fit(batch); }
                    public INDArray output(INDArray features) { return net.output(features, false); }
                    public double score() { return net.score(); }
                    public INDArray params() { return net.params(); }
                    public void setParams(INDArray params) { net.setParams(params); }
                };
            }
            ComputationGraph graph = new ComputationGraph((ComputationGraphConfiguration) conf);
            graph.init();
            return new Trainable() {
                public void fit(DataSet batch) { graph.fit(batch); }
                public INDArray output(INDArray features) { return graph.outputSingle(false, features); }
                public double score() { return graph.score(); }
                public INDArray params() { return graph.params(); }
                public void setParams(INDArray params) { graph.setParams(params); }
            };
        }
    }
}
