package dev.netlint.rule.file;

import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleInfo;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CONTRIBUTING.md's recipe for a new rule holds for every registered rule: its class declares everything with
 * {@link RuleInfo}, its page is {@code docs/rules/<id>.md}, and a fixture pair (a model that triggers it and its
 * fixed twin) specifies it in {@code RuleSpecificationTest} or {@code KerasRuleSpecificationTest}.
 */
class RuleRecipeTest {

    /**
     * The rules specified elsewhere than by a fixture pair, each with where and why. This list may only shrink: a new
     * rule comes with its pair.
     */
    private static final Map<String, String> WITHOUT_PAIR = Map.ofEntries(
            Map.entry("NL000", "the engine's read error: BadInputCorpusTest, LintEngineTest (no model to pair)"),
            Map.entry("NL001", "needs hand-made trailing text: ModelFileReaderTest"),
            Map.entry("NL002", "needs a class no framework ships: ClassAllowListTest, ModelFileReaderTest"),
            Map.entry("NL003", "KerasReaderTest, SupplyChainTest"),
            Map.entry("NL005", "a class of the project's own: CustomClassTest, ClassAllowListTest"),
            Map.entry("NL004", "about the suppressions file, not a model: SuppressionsTest, BaselineTest"),
            Map.entry("NL111", "FromLogitsTest"),
            Map.entry("NL702", "a graph no builder writes: BrokenGraphTest"),
            Map.entry("NL704", "a graph no builder writes: BrokenGraphTest"),
            Map.entry("NL904", "hostile Keras files no framework saves: KerasCodeScanTest on badinput/keras-code"),
            Map.entry("NL709", "configurations DL4J's builders refuse, each with its fixed twin: Dl4jRefusalsTest"),
            Map.entry("NL710", "configurations DL4J's builders refuse, each with its fixed twin: Dl4jRefusalsTest"),
            Map.entry("NL901", "a payload: SupplyChainTest, SupplyChainCorpusTest"),
            Map.entry("NL902", "a payload: SupplyChainTest, SupplyChainCorpusTest"),
            Map.entry("NL903", "a doctored archive: ReadLimitsTest"));

    @Test
    void everyRuleIsDeclaredOnceOnItsClass() {
        for (Rule rule : RuleRegistry.rules()) {
            RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
            assertThat(info).as(rule.getClass().getName()).isNotNull();
            assertThat(rule.meta()).isEqualTo(RuleMeta.of(info));
        }
        assertThat(RuleRegistry.rules()).extracting(rule -> rule.meta().id()).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasItsPage() {
        for (RuleMeta meta : RuleRegistry.metas()) {
            assertThat(Path.of(meta.docPath())).as(meta.id()).exists();
        }
    }

    @Test
    void everyRuleHasAFixturePairOrSaysWhereItIsSpecified() throws Exception {
        Set<String> paired = new TreeSet<>();
        for (String test : new String[] {"RuleSpecificationTest", "KerasRuleSpecificationTest"}) {
            Method cases = Class.forName("dev.netlint.rule." + test).getDeclaredMethod("cases");
            cases.setAccessible(true);
            try (Stream<?> arguments = (Stream<?>) cases.invoke(null)) {
                arguments.forEach(argument -> paired.add((String) ((Arguments) argument).get()[0]));
            }
        }
        Set<String> registered = new TreeSet<>();
        RuleRegistry.rules().forEach(rule -> registered.add(rule.meta().id()));

        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(paired);
        missing.removeAll(WITHOUT_PAIR.keySet());
        assertThat(missing).as("rules with neither a fixture pair nor an entry in WITHOUT_PAIR").isEmpty();
        assertThat(registered).as("WITHOUT_PAIR names registered rules only").containsAll(WITHOUT_PAIR.keySet());
        assertThat(paired).as("a rule that has its pair leaves WITHOUT_PAIR").doesNotContainAnyElementsOf(
                WITHOUT_PAIR.keySet());
        assertThat(Files.exists(Path.of("CONTRIBUTING.md"))).isTrue();
    }
}
