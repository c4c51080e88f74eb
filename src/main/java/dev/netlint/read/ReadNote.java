package dev.netlint.read;

import dev.netlint.model.SourceLocation;

/**
 * Something a reader noticed about the file itself rather than the network (an ignored trailing value, a layer it
 * could not model). The engine reports it under {@code ruleId} like any finding, so users can configure it.
 */
public record ReadNote(String ruleId, SourceLocation location, String element, String problem, String cost,
                       String fix) {
}
