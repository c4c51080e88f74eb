package dev.netlint.evidence;

import java.util.function.Consumer;

import org.nd4j.linalg.learning.config.Adam;

/** One side of a case (the flagged configuration or its fixed twin) as DL4J builds it for a task. */
interface Variant {

    /** The configuration from DL4J's builder; its own checks run here ({@code build()}). */
    Object configure(Task task, long seed);

    Net.Labels labels(Task task);

    /** The same configuration with DL4J's output-layer check switched off, or null when there is none to switch. */
    Variant unchecked();

    /** The network the fine-tuning tasks start from: the same layers, trained with Adam(1e-3). */
    Variant pretraining();

    /** A MultiLayerNetwork from {@link Net}: the task's defaults first, then the case's settings. */
    static Variant net(Consumer<Net> settings) {
        return new NetVariant(settings);
    }

    record NetVariant(Consumer<Net> settings) implements Variant {

        Net net(Task task) {
            Net net = new Net();
            task.defaults().accept(net);
            settings.accept(net);
            return net;
        }

        @Override
        public Object configure(Task task, long seed) {
            return net(task).build(task, seed);
        }

        @Override
        public Net.Labels labels(Task task) {
            return net(task).labels;
        }

        @Override
        public Variant unchecked() {
            return new NetVariant(settings.andThen(n -> n.validateOutput = false));
        }

        @Override
        public Variant pretraining() {
            return new NetVariant(settings.andThen(n -> {
                n.updater = new Adam(1e-3);
                n.firstHiddenUpdater = null;
            }));
        }
    }
}
