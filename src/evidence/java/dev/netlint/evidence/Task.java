package dev.netlint.evidence;

import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A small synthetic task that any sane network of its kind separates: generated from the seed, never downloaded.
 * {@code pretrainEpochs > 0} makes it a fine-tuning task: the network is first trained with Adam(1e-3) and only then
 * with the configuration under test, because some claims are about what a setting does to trained weights.
 */
record Task(String name, String description, Kind kind, int channels, int height, int width, int classes,
        int epochs, int pretrainEpochs, BiFunction<Task, Long, Data> generator, Consumer<Net> defaults) {

    Task(String name, String description, Kind kind, int channels, int height, int width, int classes, int epochs,
            int pretrainEpochs, BiFunction<Task, Long, Data> generator) {
        this(name, description, kind, channels, height, width, classes, epochs, pretrainEpochs, generator, n -> { });
    }

    enum Kind { DENSE, CNN, RNN }

    /** Features in the layout DL4J expects for the kind ([n, f], [n, c, h, w], [n, f, t]) and a class per example. */
    record Data(INDArray features, int[] classes) { }

    static final int BATCH = 32;

    /** In float, the data type DL4J networks default to. */
    Data generate(long seed) {
        Data data = generator.apply(this, seed);
        return new Data(data.features().castTo(DataType.FLOAT), data.classes());
    }

    /** Inputs of a dense task, or the width of a flattened image / the features per step of a sequence. */
    int inputs() {
        return kind == Kind.CNN ? channels * height * width : channels;
    }

    Task asFineTuning(int epochsBefore, int epochsAfter) {
        return new Task(name + "-pretrained", description + "; first trained " + epochsBefore
                + " epochs with Adam(1e-3), then " + epochsAfter + " epochs with the configuration under test",
                kind, channels, height, width, classes, epochsAfter, epochsBefore, generator, defaults);
    }

    // ---------------------------------------------------------------- the tasks (shapes from ../shared/evidence.md)

    /** (a) 10 Gaussian blobs (measured before with 784 features and 1,000 samples; smaller here to fit the time). */
    static Task blobs() {
        return new Task("blobs-100", "MLP task: 10 Gaussian blobs, 100 features, 300 samples, 10 epochs",
                Kind.DENSE, 100, 1, 1, 10, 10, 0, (t, seed) -> blobs(seed, 300, 100, 10, 1.0));
    }

    /** 5 overlapping blobs in 20 dimensions: a task a head can do well or badly on, not just perfectly. */
    static Task overlappingBlobs() {
        return new Task("overlap-5", "MLP task: 5 overlapping Gaussian blobs, 20 features, 300 samples, 15 epochs",
                Kind.DENSE, 20, 1, 1, 5, 15, 0, (t, seed) -> blobs(seed, 300, 20, 5, 0.45));
    }

    /** (c) label = sign of a linear function of 20 features. */
    static Task linearSign() {
        return new Task("linear-sign", "MLP task: 2 classes, label = sign of a linear function of 20 features, "
                + "300 samples, 15 epochs", Kind.DENSE, 20, 1, 1, 2, 15, 0, (t, seed) -> linearSign(seed, 300, 20));
    }

    /** (c) as measured before: 2 x (dense 32, batch normalisation, relu), one sigmoid unit with XENT. */
    static Task linearSignBatchNorm() {
        return new Task("linear-sign-bn", "MLP task with batch normalisation: 2 x (dense 32, batch norm, relu) "
                + "-> sigmoid(1) + XENT, label = sign of a linear function of 20 features, 300 samples, 15 epochs",
                Kind.DENSE, 20, 1, 1, 2, 15, 0, (t, seed) -> linearSign(seed, 300, 20), n -> {
                    n.hidden = new int[] {32, 32};
                    n.batchNorm = true;
                    n.outUnits = 1;
                    n.outActivation = org.nd4j.linalg.activations.Activation.SIGMOID;
                    n.loss = new org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT();
                    n.labels = Net.Labels.BINARY_COLUMN;
                });
    }

    /** Label = argmax of 3 fixed random projections of 20 features: a small net (dense 16) that must use its units. */
    static Task projections() {
        return new Task("projections-3", "MLP task: 3 classes, label = argmax of 3 fixed random projections of 20 "
                + "features, 600 samples, 30 epochs, one dense(16) hidden layer", Kind.DENSE, 20, 1, 1, 3, 30, 0,
                (t, seed) -> projections(seed, 600, 20, 3), n -> n.hidden = new int[] {16});
    }

    /** Two concentric rings in 2 dimensions: no linear model separates them. */
    static Task rings() {
        return new Task("rings", "MLP task: 2 concentric rings in 2 features (not linearly separable), "
                + "300 samples, 20 epochs", Kind.DENSE, 2, 1, 1, 2, 20, 0, (t, seed) -> rings(seed, 300));
    }

    /** (b) 1x28x28 images, class = quadrant of a bright square. */
    static Task quadrants() {
        return new Task("quadrants-cnn", "CNN task: 1x16x16 images, class = quadrant of a bright square "
                + "(4 classes), 256 images, 8 epochs", Kind.CNN, 1, 16, 16, 4, 8, 0,
                (t, seed) -> squares(seed, 256, 4));
    }

    /**
     * (b) at the size measured before (../shared/evidence.md): 1x28x28, 512 images, conv 3x3x8 relu, max-pool,
     * dense 32 relu, softmax(4), 10 epochs. Kept for the optimiser cases, whose outcome depends on the size.
     */
    static Task quadrants28() {
        return new Task("quadrants28-cnn", "CNN task as measured before: 1x28x28 images, class = quadrant of a 6x6 "
                + "bright square (4 classes), 512 images, dense 32, 10 epochs", Kind.CNN, 1, 28, 28, 4, 10, 0,
                (t, seed) -> squares28(seed, 512), n -> n.hidden = new int[] {32});
    }

    private static Data squares28(long seed, int n) {
        Random random = new Random(seed * 65537 + 28);
        float[] pixels = new float[n * 784];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 4;
            int r = (y[i] / 2) * 14 + 2 + random.nextInt(5);
            int c = (y[i] % 2) * 14 + 2 + random.nextInt(5);
            for (int dr = 0; dr < 6; dr++) {
                for (int dc = 0; dc < 6; dc++) {
                    pixels[i * 784 + (r + dr) * 28 + (c + dc)] = 1f;
                }
            }
        }
        return new Data(Nd4j.create(pixels, new long[] {n, 1, 28, 28}, 'c'), y);
    }

    /** The quadrant images flattened into an MLP: many pixels are 0 in every image, as in MNIST. */
    static Task quadrantPixels() {
        return new Task("quadrants-dense", "MLP task: the quadrant images flattened to 256 pixels (border pixels "
                + "0 in every image), 256 images, 8 epochs", Kind.DENSE, 256, 1, 1, 4, 8, 0,
                (t, seed) -> {
                    Data d = squares(seed, 256, 4);
                    return new Data(d.features().reshape(256, 256), d.classes());
                });
    }

    /** 1x28x28 images, class = bright square in the top or the bottom half. */
    static Task topBottom() {
        return new Task("top-bottom-cnn", "CNN task: 1x16x16 images, class = bright square in the top or bottom "
                + "half (2 classes), 200 images, 8 epochs", Kind.CNN, 1, 16, 16, 2, 8, 0,
                (t, seed) -> squares(seed, 200, 2));
    }

    /** Noisy sequences, class = the quarter of the sequence holding a pulse. */
    static Task pulses() {
        return new Task("pulse-rnn", "recurrent task: 12-step noisy sequences, class = quarter holding a pulse "
                + "(4 classes), 256 sequences, 8 epochs", Kind.RNN, 1, 1, 12, 4, 8, 0, (t, seed) -> pulses(seed, 256, 12));
    }

    // ---------------------------------------------------------------- generators

    private static Data blobs(long seed, int n, int dim, int classes, double centreScale) {
        Random random = new Random(seed * 7919 + dim);
        double[][] centres = new double[classes][dim];
        for (double[] c : centres) {
            for (int j = 0; j < dim; j++) {
                c[j] = random.nextGaussian() * centreScale;
            }
        }
        double[][] x = new double[n][dim];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
            for (int j = 0; j < dim; j++) {
                x[i][j] = centres[y[i]][j] + random.nextGaussian();
            }
        }
        return new Data(Nd4j.create(x), y);
    }

    private static Data projections(long seed, int n, int dim, int classes) {
        Random random = new Random(seed * 31337 + dim);
        double[][] w = new double[classes][dim];
        for (double[] row : w) {
            for (int j = 0; j < dim; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] x = new double[n][dim];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < dim; j++) {
                x[i][j] = random.nextGaussian();
            }
            for (int k = 0; k < classes; k++) {
                double score = 0;
                for (int j = 0; j < dim; j++) {
                    score += w[k][j] * x[i][j];
                }
                if (score > best) {
                    best = score;
                    y[i] = k;
                }
            }
        }
        return new Data(Nd4j.create(x), y);
    }

    private static Data linearSign(long seed, int n, int dim) {
        Random random = new Random(seed * 104729 + 3);
        double[] w = new double[dim];
        for (int j = 0; j < dim; j++) {
            w[j] = random.nextGaussian();
        }
        double[][] x = new double[n][dim];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < dim; j++) {
                x[i][j] = random.nextGaussian();
                s += w[j] * x[i][j];
            }
            y[i] = s > 0 ? 1 : 0;
        }
        return new Data(Nd4j.create(x), y);
    }

    private static Data rings(long seed, int n) {
        Random random = new Random(seed * 31 + 11);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double r = y[i] == 0 ? random.nextDouble() * 1.0 : 1.6 + random.nextDouble();
            double a = random.nextDouble() * 2 * Math.PI;
            x[i][0] = r * Math.cos(a);
            x[i][1] = r * Math.sin(a);
        }
        return new Data(Nd4j.create(x), y);
    }

    /** A 4x4 square of 1.0 on a black 16x16 image, one pixel away from every border; 4 quadrants or 2 halves. */
    private static Data squares(long seed, int n, int classes) {
        Random random = new Random(seed * 65537 + classes);
        float[] pixels = new float[n * 256];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
            int top = classes == 4 ? (y[i] / 2) * 8 : y[i] * 8;
            int left = classes == 4 ? (y[i] % 2) * 8 : random.nextInt(2) * 8;
            int r = top + 1 + random.nextInt(3);
            int c = left + 1 + random.nextInt(3);
            for (int dr = 0; dr < 4; dr++) {
                for (int dc = 0; dc < 4; dc++) {
                    pixels[i * 256 + (r + dr) * 16 + (c + dc)] = 1f;
                }
            }
        }
        return new Data(Nd4j.create(pixels, new long[] {n, 1, 16, 16}, 'c'), y);
    }

    private static Data pulses(long seed, int n, int steps) {
        Random random = new Random(seed * 257 + 5);
        double[][][] x = new double[n][1][steps];
        int[] y = new int[n];
        int quarter = steps / 4;
        for (int i = 0; i < n; i++) {
            y[i] = i % 4;
            for (int t = 0; t < steps; t++) {
                x[i][0][t] = random.nextGaussian() * 0.3;
            }
            x[i][0][y[i] * quarter + random.nextInt(quarter)] += 2.0;
        }
        return new Data(Nd4j.create(x), y);
    }
}
