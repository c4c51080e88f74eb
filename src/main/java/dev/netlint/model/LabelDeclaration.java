package dev.netlint.model;

import java.util.OptionalInt;

/** What the user declares about one model's labels. */
public record LabelDeclaration(LabelMode mode, OptionalInt classes) {
}
