package dev.netlint.engine;

import dev.netlint.model.Finding;

/**
 * A finding a suppression took out of the verdict. Reports still show it, with the suppression's reason.
 *
 * @param finding     the finding as the rule reported it
 * @param suppression the first suppression that matched it
 */
public record Suppressed(Finding finding, Suppression suppression) {
}
