package dev.netlint.report;

import dev.netlint.rule.RuleMeta;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report needs besides the result.
 *
 * @param toolVersion netlint's version, as the report names the tool that produced it
 * @param rules       the rules to describe, usually {@code RuleRegistry.metas()}; all of them, not only the ones
 *                    that fired, so that consumers (GitHub code scanning) know every rule and its default level
 * @param baseDirectory the directory the findings' paths are relative to, when known: SARIF gives it as the
 *                      {@code uri} of {@code %SRCROOT%}
 * @param automationId  SARIF's {@code automationDetails.id}, {@code category/}: one category per report that is
 *                      uploaded alongside others (GitHub refuses two runs of one tool and category in one upload)
 */
public record ReportContext(String toolVersion, List<RuleMeta> rules, Optional<Path> baseDirectory,
                            String automationId) {

    public static final String CATEGORY = "netlint/";

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
        baseDirectory = baseDirectory.map(path -> path.toAbsolutePath().normalize());
        Objects.requireNonNull(automationId, "automationId");
    }

    public ReportContext(String toolVersion, List<RuleMeta> rules) {
        this(toolVersion, rules, Optional.empty(), CATEGORY);
    }

    /** A project's own report: its category names its directory, so several modules' reports can go up together. */
    public static ReportContext forProject(String toolVersion, List<RuleMeta> rules, Path baseDirectory) {
        Path name = baseDirectory.toAbsolutePath().normalize().getFileName();
        String category = name == null ? CATEGORY : CATEGORY + name + "/";
        return new ReportContext(toolVersion, rules, Optional.of(baseDirectory), category);
    }
}
