package dev.netlint.customlayers;

import org.deeplearning4j.nn.conf.layers.DenseLayer;

/**
 * A project's own DL4J layer class, as users write them: named in model files by its class name, loadable only when
 * the user lists its package in {@code allowedClassPrefixes}.
 */
public class AcmeDenseLayer extends DenseLayer {
}
