package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.engine.SkippedFile;
import dev.netlint.engine.Suppressed;
import dev.netlint.engine.Suppression;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.NetworkSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the results of a reactor's modules into one, every path made relative to the reactor's root: the one SARIF
 * run GitHub code scanning accepts for a repository, instead of one file per module with module-relative paths.
 */
public final class ReactorResults {

    /**
     * One module's result.
     *
     * @param directory the module's directory relative to the root, forward slashes, empty for the root itself
     * @param result    its result, paths relative to the module
     */
    public record Module(String directory, LintResult result) {
    }

    private ReactorResults() {
    }

    public static LintResult merge(List<Module> modules) {
        List<Finding> findings = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        List<NetworkSummary> networks = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int filesRead = 0;
        int filesSkipped = 0;
        int networksChecked = 0;
        boolean baselineUsed = false;
        for (Module module : modules) {
            String dir = module.directory();
            LintResult result = module.result();
            result.findings().forEach(f -> findings.add(moved(f, dir)));
            result.baselined().forEach(f -> baselined.add(moved(f, dir)));
            for (Suppressed hidden : result.suppressed()) {
                Suppression by = hidden.suppression();
                suppressed.add(new Suppressed(moved(hidden.finding(), dir), new Suppression(by.index(), by.file(),
                        by.rule(), by.element(), by.reason(), path(dir, by.source()), by.location())));
            }
            result.networks().forEach(n -> networks.add(new NetworkSummary(moved(n.origin(), dir), n.format(),
                    n.layers(), n.totalParams())));
            result.skippedFiles().forEach(s -> skipped.add(new SkippedFile(moved(s.origin(), dir), s.reason())));
            filesRead += result.filesRead();
            filesSkipped += result.filesSkipped();
            networksChecked += result.networksChecked();
            baselineUsed |= result.baselineUsed();
        }
        return new LintResult(findings, filesRead, filesSkipped, networksChecked, skipped, networks, suppressed,
                baselined, baselineUsed);
    }

    private static Finding moved(Finding finding, String directory) {
        return new Finding(finding.ruleId(), finding.severity(), moved(finding.origin(), directory),
                finding.location(), finding.element(), finding.problem(), finding.cost(), finding.fix());
    }

    /** The same file (and archive entry) named from the root. */
    private static Origin moved(Origin origin, String directory) {
        return Origin.shownAs(path(directory, origin.display())).withEntry(origin.entry());
    }

    /**
     * {@code directory/path}, with {@code ..} segments resolved ({@code app/../shared/m.json} is
     * {@code shared/m.json}). Absolute paths stay as they are. A path, never a display string: an archive's entry
     * is kept apart in its {@link Origin}.
     */
    static String path(String directory, String path) {
        String file = path.replace('\\', '/');
        if (directory.isEmpty() || file.isEmpty() || file.startsWith("/") || file.matches("[A-Za-z]:/.*")) {
            return file;
        }
        return normalize(directory + "/" + file);
    }

    private static String normalize(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.get(segments.size() - 1).equals("..")) {
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}
