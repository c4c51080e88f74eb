package dev.netlint.report;

import dev.netlint.engine.LintResult;
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

    private static final String ARCHIVE_SEPARATOR = "!/";

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
        List<String> skipped = new ArrayList<>();
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
            result.networks().forEach(n -> networks.add(new NetworkSummary(path(dir, n.file()), n.format(),
                    n.layers(), n.totalParams())));
            result.skipped().forEach(s -> skipped.add(path(dir, s)));
            filesRead += result.filesRead();
            filesSkipped += result.filesSkipped();
            networksChecked += result.networksChecked();
            baselineUsed |= result.baselineUsed();
        }
        return new LintResult(findings, filesRead, filesSkipped, networksChecked, skipped, networks, suppressed,
                baselined, baselineUsed);
    }

    private static Finding moved(Finding finding, String directory) {
        Origin origin = finding.origin();
        Origin moved = Origin.shownAs(path(directory, origin.display())).withEntry(origin.entry());
        return new Finding(finding.ruleId(), finding.severity(), moved, finding.location(),
                finding.element(), finding.problem(), finding.cost(), finding.fix());
    }

    /**
     * {@code directory/path}, with {@code ..} segments resolved ({@code app/../shared/m.json} is
     * {@code shared/m.json}) and an archive's entry kept as it is. Absolute paths stay as they are.
     */
    static String path(String directory, String path) {
        String file = path.replace('\\', '/');
        if (directory.isEmpty() || file.isEmpty() || file.startsWith("/") || file.matches("[A-Za-z]:/.*")) {
            return file;
        }
        int separator = file.indexOf(ARCHIVE_SEPARATOR);
        String outer = separator < 0 ? file : file.substring(0, separator);
        String entry = separator < 0 ? "" : file.substring(separator);
        return normalize(directory + "/" + outer) + entry;
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
