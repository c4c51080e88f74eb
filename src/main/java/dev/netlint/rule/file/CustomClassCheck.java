package dev.netlint.rule.file;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

/**
 * The reader check that reports a project's own class in a DL4J file outside its layers and vertices (a loss, an
 * activation, an updater...): read without loading it, and the checks that need it skipped. Custom layers and
 * vertices are {@link ReaderChecks#OPAQUE_LAYER}'s.
 */
public final class CustomClassCheck {

    public static final RuleMeta CUSTOM_CLASS = new RuleMeta("NL005", "custom-class", Severity.INFO,
            "A project's own loss, activation, updater or other part: read without loading it, its checks skipped");

    private CustomClassCheck() {
    }
}
