package dev.netlint.rule;

import dev.netlint.model.Severity;

/** A rule's declared metadata, as reports and the README table need it. */
public record RuleMeta(String id, String name, Severity severity, String summary) {

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

    public static RuleMeta of(RuleInfo info) {
        return new RuleMeta(info.id(), info.name(), info.severity(), info.summary());
    }

    /** The metadata a rule class declares with {@link RuleInfo}. */
    public static RuleMeta of(Class<? extends Rule> rule) {
        return DECLARED.get(rule);
    }

    /** Path of the rule page inside the repository. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }

    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
