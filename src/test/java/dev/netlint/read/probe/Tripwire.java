package dev.netlint.read.probe;

import java.util.concurrent.atomic.AtomicBoolean;

/** A stand-in gadget: any class named in a model file that gets initialised trips this wire. */
public final class Tripwire {

    public static final AtomicBoolean TRIPPED = new AtomicBoolean();

    private Tripwire() {
    }

    /** Named in model files by the tests; initialising it means netlint loaded a class it must not load. */
    public static final class Gadget {
        static {
            TRIPPED.set(true);
        }

        public Gadget() {
            TRIPPED.set(true);
        }
    }

    /** A gadget that even extends a DL4J configuration type, as a subtype trick would. */
    public static final class LayerGadget extends org.deeplearning4j.nn.conf.layers.ActivationLayer {
        static {
            TRIPPED.set(true);
        }

        public LayerGadget() {
            super(new org.deeplearning4j.nn.conf.layers.ActivationLayer.Builder());
            TRIPPED.set(true);
        }
    }
}
