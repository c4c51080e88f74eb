package dev.netlint.docs;

import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README, the documentation pages and the rule pages are checked against the code, so they cannot drift apart. */
class DocumentationTest {

    private static final Path RULE_PAGES = Path.of("docs/rules");

    @Test
    void everyRegisteredRuleHasAPageAndEveryPageARule() throws IOException {
        Set<String> ids = RuleRegistry.metas().stream().map(RuleMeta::id).collect(Collectors.toSet());
        Set<String> pages;
        try (Stream<Path> files = Files.list(RULE_PAGES)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("NL\\d{3}\\.md"))
                    .map(n -> n.substring(0, 5)).collect(Collectors.toSet());
        }
        assertThat(pages).isEqualTo(ids);
        for (RuleMeta meta : RuleRegistry.metas()) {
            String page = Files.readString(Path.of(meta.docPath()));
            assertThat(page).as(meta.docPath()).startsWith("# " + meta.id() + " " + meta.name());
            assertThat(page).as(meta.docPath()).contains("**Default severity:** " + meta.severityLabel());
        }
    }

    /** The one rule table (the README links to it rather than repeating it). */
    @Test
    void ruleIndexTableMatchesTheRegistry() throws IOException {
        String index = Files.readString(RULE_PAGES.resolve("README.md"));
        List<String> rows = index.lines().filter(l -> l.matches("\\| NL\\d{3} \\|.*")).toList();
        assertThat(rows).hasSize(RuleRegistry.metas().size());
        for (RuleMeta meta : RuleRegistry.metas()) {
            assertThat(index).contains("| " + meta.id() + " | " + meta.name() + " | " + meta.severityLabel()
                    + " | " + meta.summary() + " | [" + meta.id() + "](" + meta.id() + ".md) |");
        }
    }

    /** Every relative link of the README and the documentation pages leads to a file that exists. */
    @Test
    void relativeLinksResolve() throws IOException {
        List<Path> pages = new java.util.ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)#:\\s]+)(#[^)]*)?\\)");
        List<String> broken = new java.util.ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            java.util.regex.Matcher matcher = link.matcher(Files.readString(page));
            while (matcher.find()) {
                links++;
                Path target = page.resolveSibling(matcher.group(1)).normalize();
                if (!Files.exists(target)) {
                    broken.add(page + " -> " + matcher.group(1));
                }
            }
        }
        assertThat(links).isGreaterThan(20);
        assertThat(broken).isEmpty();
    }

    /** The README is the front page: it points at the pages that hold the detail instead of repeating them. */
    @Test
    void readmeIsAFrontPage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme.lines().count()).isLessThan(260);
        assertThat(readme).contains("mvn -B -q install -DskipTests -Dinvoker.skip && mvn -B -f examples/pom.xml verify",
                "\nmvn -B verify\n", "](docs/rules/README.md)", "## Install", "## Quick start", "## Formats", "## CI");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -B verify");
    }

    /**
     * Read from the plugin descriptor Maven generates (the annotations themselves are not kept at run time). Every
     * goal's parameters share the one table, so {@code baseline} and {@code rules} are checked against it too.
     */
    @Test
    void parameterTableListsEveryUserParameterOfEveryGoal() throws Exception {
        String readme = Files.readString(Path.of("docs/configuration.md"));
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).exists();
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(descriptor.toFile());
        assertThat(documentedParameters(readme, mojo(xml, "check"))).hasSize(26)
                .contains("suppressionsLocation", "baselineFile", "printRules", "summary", "failOnReadError",
                        "consoleLevel", "verbose", "annotations", "maxAnnotations", "includeTestResources",
                        "maxFileSize", "allowedClassPrefixes", "threads", "timeoutPerFile");
        // The engine parameters are every linting goal's: a file check refuses is refused by baseline too.
        assertThat(documentedParameters(readme, mojo(xml, "baseline"))).hasSize(15)
                .contains("suppressionsLocation", "baselineFile", "checks", "maxFileSize", "allowedClassPrefixes",
                        "threads", "timeoutPerFile").doesNotContain("formats");
        assertThat(documentedParameters(readme, mojo(xml, "rules"))).containsExactly("checks");
        assertThat(documentedParameters(readme, mojo(xml, "report"))).hasSize(15)
                .contains("sourceDirectories", "models", "baselineFile", "maxFileSize", "timeoutPerFile")
                .doesNotContain("formats");
        String reports = Files.readString(Path.of("docs/reports-and-ci.md"));
        assertThat(documentedParameters(reports, mojo(xml, "aggregate")))
                .containsExactlyInAnyOrder("skip", "outputDirectory", "formats");
    }

    /** The goal's editable parameters, each asserted to have its README row ({@code | `name` | `property` |}). */
    private static List<String> documentedParameters(String readme, org.w3c.dom.Element goal) {
        org.w3c.dom.NodeList parameters = ((org.w3c.dom.Element) goal.getElementsByTagName("parameters").item(0))
                .getElementsByTagName("parameter");
        org.w3c.dom.Element configuration = (org.w3c.dom.Element) goal.getElementsByTagName("configuration").item(0);
        List<String> documented = new java.util.ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            org.w3c.dom.Element parameter = (org.w3c.dom.Element) parameters.item(i);
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            org.w3c.dom.NodeList config = configuration.getElementsByTagName(name);
            String expression = config.getLength() == 0 ? "" : config.item(0).getTextContent().trim();
            String property = expression.startsWith("${") ? "`" + expression.substring(2, expression.length() - 1)
                    + "`" : "";
            assertThat(readme).as("docs/configuration.md parameter row for %s of goal %s", name, text(goal, "goal"))
                    .contains("| `" + name + "` |" + (property.isEmpty() ? "" : " " + property) + " |");
            documented.add(name);
        }
        return documented;
    }

    private static org.w3c.dom.Element mojo(org.w3c.dom.Document xml, String goal) {
        org.w3c.dom.NodeList mojos = xml.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            org.w3c.dom.Element mojo = (org.w3c.dom.Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static String text(org.w3c.dom.Element parent, String tag) {
        org.w3c.dom.NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
