package dev.netlint.rule;

import dev.netlint.model.Framework;
import dev.netlint.model.Severity;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule's declared metadata, as reports and the README table need it.
 *
 * @param severity    the default severity
 * @param byFramework  frameworks whose default differs from {@code severity}
 * @param trainingOnly the rule is about training only, so a file made for inference gets its findings as notes
 */
public record RuleMeta(String id, String name, Severity severity, String summary, Map<Framework, Severity> byFramework,
                       boolean trainingOnly) {

    /** Where the rule's page is published; SARIF points users there. */
    public static final String DOCS_BASE = "https://github.com/netlint/netlint/blob/main/docs/rules/";

    private static final ClassValue<RuleMeta> DECLARED = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " lacks @RuleInfo");
            }
            return of(info);
        }
    };

    public RuleMeta {
        byFramework = Map.copyOf(byFramework);
    }

    /** A rule with one default for every framework. */
    public RuleMeta(String id, String name, Severity severity, String summary) {
        this(id, name, severity, summary, Map.of(), false);
    }

    public static RuleMeta of(RuleInfo info) {
        Map<Framework, Severity> byFramework = new EnumMap<>(Framework.class);
        for (FrameworkSeverity entry : info.byFramework()) {
            if (byFramework.put(entry.framework(), entry.severity()) != null) {
                throw new IllegalStateException(info.id() + " declares two severities for " + entry.framework());
            }
        }
        return new RuleMeta(info.id(), info.name(), info.severity(), info.summary(), byFramework, info.trainingOnly());
    }

    /** The metadata a rule class declares with {@link RuleInfo}. */
    public static RuleMeta of(Class<? extends Rule> rule) {
        return DECLARED.get(rule);
    }

    /** The default severity of this rule's findings in files of {@code framework}. */
    public Severity severity(Framework framework) {
        return byFramework.getOrDefault(framework, severity);
    }

    /** The default as the README table and the rule page state it: {@code warning}, or {@code error (Keras: info)}. */
    public String severityLabel() {
        String exceptions = Arrays.stream(Framework.values())
                .filter(f -> byFramework.containsKey(f) && byFramework.get(f) != severity)
                .map(f -> frameworkName(f) + ": " + byFramework.get(f).label())
                .collect(Collectors.joining(", "));
        return exceptions.isEmpty() ? severity.label() : severity.label() + " (" + exceptions + ")";
    }

    private static String frameworkName(Framework framework) {
        return switch (framework) {
            case DL4J -> "DL4J";
            case KERAS -> "Keras";
        };
    }

    /** Path of the rule page inside the repository. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }

    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
