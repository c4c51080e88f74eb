package dev.netlint.engine;

import dev.netlint.read.FormatRegistry;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run needs, independent of Maven.
 *
 * @param baseDirectory      the project directory: findings and declarations name files relative to it
 * @param sourceDirectories  directories searched for model files
 * @param includes           globs of files to lint, relative to a source directory
 * @param excludes           globs of files to leave out
 * @param declarations       label declarations; their files are linted even outside the source directories
 * @param overrides          per-rule severities
 * @param suppressions       findings accepted on purpose, with reasons
 * @param baseline           known findings that do not count ({@link Baseline#NONE} for none)
 */
public record LintRequest(Path baseDirectory, List<Path> sourceDirectories, List<String> includes,
                          List<String> excludes, List<ModelDeclaration> declarations, SeverityOverrides overrides,
                          Suppressions suppressions, Baseline baseline) {

    public static final List<String> DEFAULT_INCLUDES = FormatRegistry.defaultIncludes();

    public LintRequest {
        sourceDirectories = List.copyOf(sourceDirectories);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        declarations = List.copyOf(declarations);
    }

    /** A request without suppressions or baseline. */
    public LintRequest(Path baseDirectory, List<Path> sourceDirectories, List<String> includes,
                       List<String> excludes, List<ModelDeclaration> declarations, SeverityOverrides overrides) {
        this(baseDirectory, sourceDirectories, includes, excludes, declarations, overrides, Suppressions.NONE,
                Baseline.NONE);
    }

    public LintRequest withBaseline(Baseline baseline) {
        return new LintRequest(baseDirectory, sourceDirectories, includes, excludes, declarations, overrides,
                suppressions, baseline);
    }
}
