package dev.netlint.rule;

import dev.netlint.model.Framework;
import dev.netlint.model.Network;

/** Fix hints in the API of the framework that wrote the file. */
public final class Advice {

    private Advice() {
    }

    public static String heInit(Network network) {
        return network.framework() == Framework.DL4J ? "weightInit(WeightInit.RELU) (He)"
                : "kernel_initializer='he_normal' (He)";
    }

    public static String glorotInit(Network network) {
        return network.framework() == Framework.DL4J ? "weightInit(WeightInit.XAVIER) (Glorot)"
                : "kernel_initializer='glorot_uniform' (Glorot)";
    }

    public static String lecunInit(Network network) {
        return network.framework() == Framework.DL4J ? "weightInit(WeightInit.LECUN_NORMAL)"
                : "kernel_initializer='lecun_normal'";
    }

    public static String reluActivation(Network network) {
        return network.framework() == Framework.DL4J ? ".activation(Activation.RELU) with weightInit(WeightInit.RELU)"
                : "activation='relu' with kernel_initializer='he_normal'";
    }

    /** How to name a binary head: DL4J loss names differ from Keras'. */
    public static String binaryHead(Network network) {
        return network.framework() == Framework.DL4J ? "1 unit with sigmoid + XENT"
                : "Dense(1, activation='sigmoid') + binary_crossentropy";
    }

    public static String softmaxHead(Network network, String units) {
        return network.framework() == Framework.DL4J ? units + " units with softmax + MCXENT"
                : "Dense(" + units + ", activation='softmax') + categorical_crossentropy";
    }
}
