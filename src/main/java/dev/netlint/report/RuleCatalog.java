package dev.netlint.report;

import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule catalog as text: one line per rule with its id, severity, summary and page, so that users can find an id
 * to configure without leaving the terminal. Where the user's {@code <checks>} change a rule's level, the line shows
 * the effective level and the default.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /**
     * @param rules     the rules to list, in order
     * @param effective the level each rule has for this build, empty when switched off
     */
    public static List<String> lines(List<RuleMeta> rules, Function<RuleMeta, Optional<Severity>> effective) {
        List<String> severities = rules.stream().map(meta -> severity(meta, effective.apply(meta))).toList();
        int width = severities.stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("netlint: " + rules.size() + " rules (id, severity, summary, page); set a rule or a family (NL4xx) "
                + "to error, warning, info or off with <checks>");
        for (int i = 0; i < rules.size(); i++) {
            RuleMeta meta = rules.get(i);
            lines.add(String.format("%-5s  %-" + width + "s  %s  %s", meta.id(), severities.get(i), meta.summary(),
                    meta.helpUri()));
        }
        return lines;
    }

    private static String severity(RuleMeta meta, Optional<Severity> effective) {
        String level = effective.map(Severity::label).orElse("off");
        return effective.equals(Optional.of(meta.severity())) ? level
                : level + " (default " + meta.severity().label() + ")";
    }
}
