package dev.netlint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes what docs/evidence/results.tsv measured into the pages that show it: the block between
 * {@code <!-- measured:start -->} and {@code <!-- measured:end -->} at the end of each rule page, and the tables
 * between {@code <!-- results:start -->} and {@code <!-- results:end -->} in docs/evidence/README.md. Run by
 * evidence/run.sh after training, or alone: {@code java -cp target/test-classes dev.netlint.docs.MeasuredSections .}
 * {@link MeasuredSectionsTest} fails when a page differs from what this would write. JDK only, so that it runs
 * straight from target/test-classes.
 */
public final class MeasuredSections {

    static final String HEADER = "rule\tcase\ttask\tseeds\tmetric\tflagged\tfixed\tverdict";
    static final Set<String> VERDICTS = Set.of("fails-always", "fails-sometimes", "no-effect", "framework-refuses");
    static final String START = "<!-- measured:start -->";
    static final String END = "<!-- measured:end -->";
    static final String RESULTS_START = "<!-- results:start -->";
    static final String RESULTS_END = "<!-- results:end -->";

    /** One line of results.tsv. */
    record Row(String rule, String kase, String task, String seeds, String metric, String flagged, String fixed,
            String verdict) {

        /** "DL4J" or "Keras": the prefix of the case, before the first colon. */
        String framework() {
            return kase.substring(0, kase.indexOf(':'));
        }

        String caseText() {
            return kase.substring(kase.indexOf(':') + 1).trim();
        }
    }

    private MeasuredSections() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Row> rows = read(root.resolve("docs/evidence/results.tsv"));
        int changed = 0;
        for (Path page : rulePages(root)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String updated = withBlock(text, block(ruleOf(page), rows));
            if (!updated.equals(text)) {
                Files.writeString(page, updated, StandardCharsets.UTF_8);
                changed++;
            }
        }
        Path readme = root.resolve("docs/evidence/README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String updated = withResults(text, rows);
        if (!updated.equals(text)) {
            Files.writeString(readme, updated, StandardCharsets.UTF_8);
            changed++;
        }
        System.out.println(changed + " page(s) updated from " + rows.size() + " measured row(s)");
    }

    static List<Row> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(tsv + ":1: expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 8 || !VERDICTS.contains(c[7]) || !c[0].matches("NL\\d{3}") || !c[1].contains(":")) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 8 tab-separated columns, a rule "
                        + "id, a case 'Framework: text' and a verdict of " + VERDICTS + ", found: " + line);
            }
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }
        return rows;
    }

    static List<Path> rulePages(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("docs/rules"))) {
            return files.filter(p -> p.getFileName().toString().matches("NL\\d{3}\\.md")).sorted().toList();
        }
    }

    static String ruleOf(Path page) {
        return page.getFileName().toString().substring(0, 5);
    }

    /**
     * The severity the policy gives one framework's rows: error when the framework refuses the configuration or
     * every row fails on every seed; warning when some run fails; note otherwise.
     */
    static String impliedSeverity(List<Row> rows) {
        if (rows.stream().anyMatch(r -> r.verdict().equals("framework-refuses"))
                || rows.stream().allMatch(r -> r.verdict().equals("fails-always"))) {
            return "error";
        }
        if (rows.stream().anyMatch(r -> r.verdict().startsWith("fails"))) {
            return "warning";
        }
        return "note";
    }

    static Map<String, List<Row>> byFramework(List<Row> rows) {
        Map<String, List<Row>> map = new LinkedHashMap<>();
        for (Row r : rows) {
            map.computeIfAbsent(r.framework(), k -> new ArrayList<>()).add(r);
        }
        return map;
    }

    /** The Measured block of a rule page, or "" when nothing was measured for the rule. */
    static String block(String rule, List<Row> all) {
        List<Row> rows = all.stream().filter(r -> r.rule().equals(rule)).toList();
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(START).append('\n');
        b.append("## Measured\n\n");
        b.append("The flagged configuration and its fixed twin, trained on small synthetic tasks (3 seeds each) by "
                + "the evidence harness; generated from [results.tsv](../evidence/results.tsv), see "
                + "[the evidence page](../evidence/README.md) for the tasks and what \"fails\" means.\n\n");
        b.append("| framework | case | task | metric | flagged | fixed | verdict |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.framework()).append(" | ").append(cell(r.caseText())).append(" | ")
                    .append(r.task()).append(" | ").append(cell(r.metric())).append(" | ")
                    .append(cell(r.flagged())).append(" | ").append(cell(r.fixed())).append(" | ")
                    .append(r.verdict()).append(" |\n");
        }
        b.append('\n').append("Severity these rows imply under the [policy](../evidence/README.md#severity-policy): ");
        List<String> parts = new ArrayList<>();
        byFramework(rows).forEach((framework, list) -> parts.add(framework + " " + impliedSeverity(list)));
        b.append(String.join(", ", parts)).append(".\n");
        b.append(END).append('\n');
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** The page with its block replaced, appended at the end, or removed when the rule has no rows. */
    static String withBlock(String page, String block) {
        int start = page.indexOf(START);
        String body = start < 0 ? page : page.substring(0, start);
        if (start >= 0) {
            int end = page.indexOf(END, start);
            if (end < 0) {
                throw new IllegalArgumentException("'" + START + "' without '" + END + "'");
            }
            String after = page.substring(end + END.length()).strip();
            body = body + (after.isEmpty() ? "" : after + "\n");
        }
        body = body.stripTrailing() + "\n";
        return block.isEmpty() ? body : body + "\n" + block;
    }

    /** docs/evidence/README.md with its results tables regenerated. */
    static String withResults(String readme, List<Row> rows) {
        int start = readme.indexOf(RESULTS_START);
        int end = readme.indexOf(RESULTS_END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("docs/evidence/README.md needs '" + RESULTS_START + "' and '"
                    + RESULTS_END + "'");
        }
        return readme.substring(0, start) + RESULTS_START + "\n" + results(rows) + readme.substring(end);
    }

    static String results(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("\n### By rule\n\n");
        b.append("| rule | framework | verdicts (rows) | severity implied by the policy |\n|---|---|---|---|\n");
        Map<String, List<Row>> byRule = new TreeMap<>();
        rows.forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
        byRule.forEach((rule, list) -> byFramework(list).forEach((framework, fl) -> {
            Map<String, Integer> counts = new TreeMap<>();
            fl.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((v, n) -> parts.add(v + " (" + n + ")"));
            b.append("| [").append(rule).append("](../rules/").append(rule).append(".md) | ").append(framework)
                    .append(" | ").append(String.join(", ", parts)).append(" | ").append(impliedSeverity(fl))
                    .append(" |\n");
        }));
        b.append("\n### All rows\n\n");
        b.append("| rule | case | task | seeds | metric | flagged | fixed | verdict |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.rule()).append(" | ").append(cell(r.kase())).append(" | ").append(r.task())
                    .append(" | ").append(r.seeds()).append(" | ").append(cell(r.metric())).append(" | ")
                    .append(cell(r.flagged())).append(" | ").append(cell(r.fixed())).append(" | ")
                    .append(r.verdict()).append(" |\n");
        }
        b.append('\n');
        return b.toString();
    }
}
