package dev.netlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.Severity;
import dev.netlint.rule.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule as SARIF's {@code reportingDescriptor}, with everything GitHub code scanning asks for: a full description
 * and help (text and markdown) taken from the rule's page, which the build copies into the jar, so that an alert
 * explains itself without leaving GitHub; tags, precision and {@code problem.severity}; a {@code security-severity}
 * for the supply-chain rules, which makes GitHub file them as security alerts.
 */
public final class SarifRules {

    /** Where the build puts {@code docs/rules/NLxxx.md} in the jar. */
    static final String PAGES = "/dev/netlint/rules/";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, Optional<String>> PAGE_CACHE = new ConcurrentHashMap<>();
    private static final Map<RuleMeta, ObjectNode> DESCRIPTORS = new ConcurrentHashMap<>();
    private static final Pattern FAMILY = Pattern.compile("\\*\\*Family:\\*\\* ([a-z ]+?) ·");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");

    /**
     * GitHub ranks security alerts by this CVSS-like score (7.0 to 8.9 high, 4.0 to 6.9 medium). Code a model runs as
     * it loads is arbitrary code execution for whoever loads the file; an extra archive entry is code only for a loader
     * that reads it.
     */
    private static final Map<String, String> SECURITY_SEVERITY = Map.of(
            "NL901", "8.8",
            "NL902", "7.8",
            "NL903", "6.5",
            "NL904", "8.8");

    /** The weakness each supply-chain rule is about, as GitHub's CWE tags name it. */
    private static final Map<String, String> CWE = Map.of(
            "NL901", "external/cwe/cwe-502",
            "NL902", "external/cwe/cwe-94",
            "NL903", "external/cwe/cwe-506",
            "NL904", "external/cwe/cwe-94");

    private SarifRules() {
    }

    /** The full descriptor of one rule; its default level is the rule's declared severity. */
    public static ObjectNode describe(RuleMeta meta) {
        return described(meta).deepCopy();
    }

    /**
     * The descriptor, made once per rule in the JVM (turning a page into plain text and markdown was half the time
     * of writing a SARIF report of 1,000 files). Shared: the caller writes it and never changes it.
     */
    static ObjectNode described(RuleMeta meta) {
        return DESCRIPTORS.computeIfAbsent(meta, SarifRules::descriptor);
    }

    private static ObjectNode descriptor(RuleMeta meta) {
        Optional<String> page = page(meta.id());
        ObjectNode rule = JSON.objectNode();
        rule.put("id", meta.id());
        rule.put("name", meta.name());
        rule.putObject("shortDescription").put("text", meta.summary());
        rule.putObject("fullDescription").put("text", page.map(SarifRules::firstParagraph)
                .filter(text -> !text.isEmpty()).orElse(meta.summary()));
        ObjectNode help = rule.putObject("help");
        help.put("text", page.map(SarifRules::plainText).orElse(meta.summary() + ". See " + meta.helpUri()));
        help.put("markdown", page.map(SarifRules::markdown).orElse(meta.summary() + ". See [" + meta.id() + "]("
                + meta.helpUri() + ")."));
        rule.put("helpUri", meta.helpUri());
        rule.putObject("defaultConfiguration").put("level", SarifReportWriter.level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags(meta, page).forEach(tags::add);
        properties.put("precision", precision(meta.severity()));
        properties.put("problem.severity", problemSeverity(meta.severity()));
        String securitySeverity = SECURITY_SEVERITY.get(meta.id());
        if (securitySeverity != null) {
            properties.put("security-severity", securitySeverity);
        }
        return rule;
    }

    /** {@code security} marks a supply-chain rule for GitHub; the family tag lets viewers filter by family. */
    static List<String> tags(RuleMeta meta, Optional<String> page) {
        String family = page.flatMap(SarifRules::family).orElse("family " + meta.id().charAt(2));
        String familyTag = family.replace(' ', '-');
        if (meta.id().startsWith("NL9")) {
            return CWE.containsKey(meta.id()) ? List.of("security", familyTag, CWE.get(meta.id()))
                    : List.of("security", familyTag);
        }
        return List.of("correctness", familyTag);
    }

    /**
     * How often a finding is right. The rules read a configuration, not a guess at runtime behaviour, and the
     * severity policy already encodes how sure a finding is: an error is a configuration the framework refuses or that
     * failed on every measured task, a warning one that failed on some, an info a hint.
     */
    static String precision(Severity severity) {
        return switch (severity) {
            case ERROR -> "very-high";
            case WARNING -> "high";
            case INFO -> "medium";
        };
    }

    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        };
    }

    /** The rule's page from the jar, or empty when the build did not copy it (an IDE running from sources). */
    static Optional<String> page(String id) {
        return PAGE_CACHE.computeIfAbsent(id, SarifRules::load);
    }

    private static Optional<String> load(String id) {
        try (InputStream in = SarifRules.class.getResourceAsStream(PAGES + id + ".md")) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of " + id + " from the netlint jar", e);
        }
    }

    private static Optional<String> family(String page) {
        Matcher matcher = FAMILY.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    /** The page without its title line, which repeats the id and name SARIF already gives. */
    static String body(String page) {
        String text = page.strip();
        return text.startsWith("# ") && text.indexOf('\n') > 0 ? text.substring(text.indexOf('\n') + 1).strip() : text;
    }

    /** The page as help markdown: links between pages made absolute, since the help is read on another site. */
    static String markdown(String page) {
        URI base = URI.create(RuleMeta.DOCS_BASE);
        return LINK.matcher(body(page)).replaceAll(link -> {
            String target = link.group(2);
            String absolute = target.contains(":") || target.startsWith("#") ? target
                    : base.resolve(target).toString();
            return Matcher.quoteReplacement("[" + link.group(1) + "](" + absolute + ")");
        });
    }

    /** The first paragraph after the severity line: what the rule flags. */
    static String firstParagraph(String page) {
        String[] paragraphs = body(page).split("\n\\s*\n");
        for (String paragraph : paragraphs) {
            if (!paragraph.startsWith("**Default severity:**")) {
                return plainText(paragraph).replace('\n', ' ').strip();
            }
        }
        return "";
    }

    /** Markdown made readable as plain text: no emphasis marks, headings or link syntax; code fences dropped. */
    static String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : body(markdown).split("\n", -1)) {
            if (line.startsWith("```")) {
                continue;
            }
            String plain = line.startsWith("#") ? line.replaceFirst("^#+\\s*", "") : line;
            plain = LINK.matcher(plain).replaceAll("$1 ($2)").replace("**", "").replace("`", "");
            text.append(plain).append('\n');
        }
        return text.toString().strip();
    }
}
