package dev.netlint.read;

import dev.netlint.model.SourceLocation;

/**
 * Something a reader noticed about the file itself rather than the network (an ignored trailing value, a layer it
 * could not model, an archive entry no model format defines). The engine reports it under {@code ruleId} like any
 * finding, so users can configure it. A {@code wholeFile} note is about the file (an archive), not about a position
 * in the configuration entry read from it.
 */
public record ReadNote(String ruleId, SourceLocation location, String element, String problem, String cost,
                       String fix, boolean wholeFile) {

    public ReadNote(String ruleId, SourceLocation location, String element, String problem, String cost,
                    String fix) {
        this(ruleId, location, element, problem, cost, fix, false);
    }
}
