package dev.netlint.read.dl4j;

import dev.netlint.read.FormatReader;
import dev.netlint.read.FormatRegistry;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadLimits;
import dev.netlint.read.ReadSettings;

import java.util.List;

/** Readers of every registered format whose DL4J reader is made as a test needs it. */
final class Readers {

    private Readers() {
    }

    static ModelFileReader with(ClassAllowList allowList) {
        return with(allowList, true);
    }

    /** @param scanChecked false to have every DL4J file read through the tree */
    static ModelFileReader with(ClassAllowList allowList, boolean scanChecked) {
        List<FormatReader> formats = FormatRegistry.readers(ReadSettings.DEFAULTS).stream()
                .map(format -> format instanceof Dl4jFormatReader ? new Dl4jFormatReader(allowList, scanChecked)
                        : format)
                .toList();
        return new ModelFileReader(ReadLimits.DEFAULTS, formats);
    }
}
