package dev.netlint.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The loss an output is trained with.
 *
 * @param kind          what the loss computes
 * @param name          framework spelling, e.g. {@code LossMCXENT} or {@code categorical_crossentropy}
 * @param weightsLength length of a per-output weight vector, where the loss carries one
 * @param fromLogits    Keras {@code from_logits}: true when the loss applies softmax/sigmoid itself
 */
public record Loss(LossKind kind, String name, OptionalLong weightsLength, Optional<Boolean> fromLogits) {

    public static Loss of(LossKind kind, String name) {
        return new Loss(kind, name, OptionalLong.empty(), Optional.empty());
    }

    public boolean takesLogits() {
        return fromLogits.orElse(false);
    }
}
