package dev.netlint.model;

import java.util.OptionalLong;

/**
 * The loss an output is trained with.
 *
 * @param kind          what the loss computes
 * @param name          framework spelling, e.g. {@code LossMCXENT}
 * @param weightsLength length of a per-output weight vector, where the loss carries one
 */
public record Loss(LossKind kind, String name, OptionalLong weightsLength) {

    public static Loss of(LossKind kind, String name) {
        return new Loss(kind, name, OptionalLong.empty());
    }
}
