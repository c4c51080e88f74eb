package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Origin;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.apache.maven.doxia.sink.Sink;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code mvn site} page, as the checkstyle and PMD reports lay theirs out: a summary, the rules that fired, then
 * the findings file by file. Written through Doxia's sink, so the site's skin styles it.
 */
public final class HtmlReport {

    private final String toolVersion;

    public HtmlReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void render(LintResult result, Sink sink) {
        sink.head();
        sink.title();
        sink.text("netlint");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("netlint");
        sink.sectionTitle1_();
        paragraph(sink, "Neural-network model configurations checked by netlint " + toolVersion
                + ". Each rule links to its page: what it flags, what it costs, how to fix it.");
        summary(result, sink);
        rules(result, sink);
        files(result, sink);
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private static void summary(LintResult result, Sink sink) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Summary");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Model files", "Networks", "Errors", "Warnings", "Infos", "Suppressed", "Baselined");
        row(sink, false, String.valueOf(result.filesRead()), String.valueOf(result.networksChecked()),
                String.valueOf(result.count(Severity.ERROR)), String.valueOf(result.count(Severity.WARNING)),
                String.valueOf(result.count(Severity.INFO)), String.valueOf(result.suppressed().size()),
                String.valueOf(result.baselined().size()));
        sink.tableRows_();
        sink.table_();
        if (result.filesRead() == 0 && result.findings().isEmpty()) {
            paragraph(sink, "No model file was found: nothing was checked.");
        }
        if (!result.suppressed().isEmpty() || !result.baselined().isEmpty()) {
            paragraph(sink, "Suppressed and baselined findings are accepted on purpose and not listed below; the "
                    + "JSON and SARIF reports list them.");
        }
        sink.section2_();
    }

    private static void rules(LintResult result, Sink sink) {
        if (result.findings().isEmpty()) {
            return;
        }
        Map<String, Long> counts = result.findings().stream().collect(Collectors.groupingBy(Finding::ruleId,
                TreeMap::new, Collectors.counting()));
        Map<String, Severity> severities = result.findings().stream().collect(Collectors.toMap(Finding::ruleId,
                Finding::severity, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        sink.section2();
        sink.sectionTitle2();
        sink.text("Rules");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "Rule", "Name", "Severity", "Findings");
        Map<String, RuleMeta> metas = RuleRegistry.metas().stream()
                .collect(Collectors.toMap(RuleMeta::id, Function.identity()));
        counts.forEach((id, count) -> {
            RuleMeta meta = metas.get(id);
            sink.tableRow();
            ruleCell(sink, id, meta);
            cell(sink, meta == null ? "" : meta.name());
            cell(sink, severities.get(id).label());
            cell(sink, String.valueOf(count));
            sink.tableRow_();
        });
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void files(LintResult result, Sink sink) {
        if (result.findings().isEmpty()) {
            return;
        }
        // By origin, not by the shown name: models/x.zip!/configuration.json may be an archive's entry or a file
        // in a directory named x.zip!, and each gets its own section. An archive's entries follow the archive.
        Map<Origin, List<Finding>> byFile = new LinkedHashMap<>();
        result.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.origin().display())
                        .thenComparing(f -> f.origin().entry()))
                .forEach(finding -> byFile.computeIfAbsent(finding.origin(), f -> new java.util.ArrayList<>())
                        .add(finding));
        Map<String, RuleMeta> metas = RuleRegistry.metas().stream()
                .collect(Collectors.toMap(RuleMeta::id, Function.identity()));
        // Numbered fragment ids: valid whatever the file is called, and never two files on one id.
        Map<Origin, String> anchors = new LinkedHashMap<>();
        byFile.keySet().forEach(file -> anchors.put(file, "netlint-file-" + (anchors.size() + 1)));
        sink.section2();
        sink.sectionTitle2();
        sink.text("Files");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "File", "Errors", "Warnings", "Infos");
        byFile.forEach((file, findings) -> {
            sink.tableRow();
            sink.tableCell();
            sink.link("#" + anchors.get(file));
            sink.text(file.shown());
            sink.link_();
            sink.tableCell_();
            for (Severity severity : Severity.values()) {
                cell(sink, String.valueOf(findings.stream().filter(f -> f.severity() == severity).count()));
            }
            sink.tableRow_();
        });
        sink.tableRows_();
        sink.table_();
        byFile.forEach((file, findings) -> {
            sink.section3();
            sink.sectionTitle3();
            sink.anchor(anchors.get(file));
            sink.text(file.shown());
            sink.anchor_();
            sink.sectionTitle3_();
            sink.table();
            sink.tableRows();
            row(sink, true, "Severity", "Rule", "Line", "Element", "Finding");
            for (Finding finding : findings) {
                sink.tableRow();
                cell(sink, finding.severity().label());
                ruleCell(sink, finding.ruleId(), metas.get(finding.ruleId()));
                cell(sink, finding.location().line() > 0 ? finding.location().lineColumn() : "");
                cell(sink, finding.element());
                cell(sink, message(finding));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        });
        sink.section2_();
    }

    /** What is wrong, what it costs and the fix; the element has its own column. */
    private static String message(Finding finding) {
        String text = finding.message();
        String element = finding.element() + ": ";
        return !finding.element().isEmpty() && text.startsWith(element) ? text.substring(element.length()) : text;
    }

    private static void ruleCell(Sink sink, String id, RuleMeta meta) {
        sink.tableCell();
        if (meta == null) {
            sink.text(id);
        } else {
            sink.link(meta.helpUri());
            sink.text(id);
            sink.link_();
        }
        sink.tableCell_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String text : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(text);
                sink.tableHeaderCell_();
            } else {
                cell(sink, text);
            }
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
