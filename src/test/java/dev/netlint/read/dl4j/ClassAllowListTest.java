package dev.netlint.read.dl4j;

import dev.netlint.Fixtures;
import dev.netlint.customlayers.AcmeDenseLayer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadLimits;
import dev.netlint.read.ReadNote;
import dev.netlint.read.ReadOutcome;
import dev.netlint.read.probe.RecordingClassLoader;
import dev.netlint.read.probe.Tripwire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model file from a pull request must not get netlint to load a class of its choosing. Known Jackson gadget
 * names and tripwire classes on the test class path are placed wherever DL4J configurations name classes, and in
 * the forms Jackson also accepts as type ids. Two probes judge each read beyond what the error text says: a
 * recording class loader, through which netlint resolves every class a model names (and DL4J's Jackson looks up
 * type ids while netlint reads), must never be asked for the gadget; and the tripwire's initialiser must not run.
 */
class ClassAllowListTest {

    private static final String TRIPWIRE = Tripwire.Gadget.class.getName();
    private static final String LAYER_TRIPWIRE = Tripwire.LayerGadget.class.getName();

    /** Class names from the Jackson polymorphic-deserialisation CVE list, and look-alikes of the allowed packages. */
    private static final List<String> GADGETS = List.of(
            "com.sun.rowset.JdbcRowSetImpl",
            "org.apache.commons.collections.functors.InvokerTransformer",
            "org.apache.commons.collections4.functors.InstantiateTransformer",
            "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
            "com.mchange.v2.c3p0.JndiRefForwardingDataSource",
            "org.springframework.context.support.ClassPathXmlApplicationContext",
            "org.springframework.beans.factory.config.PropertyPathFactoryBean",
            "ch.qos.logback.core.db.DriverManagerConnectionSource",
            "ch.qos.logback.core.db.JNDIConnectionSource",
            "org.apache.xalan.xsltc.trax.TemplatesImpl",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
            "javax.naming.InitialContext",
            "org.apache.tomcat.dbcp.dbcp2.BasicDataSource",
            "com.zaxxer.hikari.HikariConfig",
            TRIPWIRE,
            LAYER_TRIPWIRE,
            "org.deeplearning4j.nn.confx.Evil",
            "org.nd4j.linalg.activations..Evil",
            "org.deeplearning4j.nn.conf./../Evil",
            "[Lorg.deeplearning4j.nn.conf.layers.DenseLayer;",
            "[Lcom.sun.rowset.JdbcRowSetImpl;",
            "[L" + TRIPWIRE + ";",
            "org.deeplearning4j.nn.conf.layers.DenseLayer\u0000" + TRIPWIRE);

    /** Where DL4J configurations name classes: activation, loss, updater, weight init, and the layer itself. */
    private static final List<String> PLACES = List.of(
            "org.nd4j.linalg.activations.impl.ActivationReLU",
            "org.nd4j.linalg.lossfunctions.impl.LossMCXENT",
            "org.nd4j.linalg.learning.config.Adam",
            "org.deeplearning4j.nn.weights.WeightInitRelu",
            "org.deeplearning4j.nn.conf.layers.DenseLayer");

    @TempDir
    Path dir;

    private RecordingClassLoader probe;
    private ModelFileReader reader;

    @BeforeEach
    void probe() {
        Tripwire.TRIPPED.set(false);
        probe = new RecordingClassLoader(ClassAllowListTest.class.getClassLoader());
        reader = new ModelFileReader(ReadLimits.DEFAULTS,
                ClassAllowList.dl4jConfiguration().withUserPrefixes(List.of(), probe));
    }

    static Stream<Arguments> gadgetsInEveryPlace() {
        return GADGETS.stream().flatMap(gadget -> PLACES.stream().map(place -> Arguments.of(gadget, place)));
    }

    @ParameterizedTest(name = "{0} in place of {1}")
    @MethodSource("gadgetsInEveryPlace")
    void gadgetClassIsNeverLoaded(String gadget, String place) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        assertThat(json).contains(place);
        Path file = write(json.replace("\"" + place + "\"", quoted(gadget)));

        // A layer class netlint does not know is read as an opaque layer, a class that may be the project's own in a
        // loss, activation, updater or initialiser position as a custom part of that role; a class of the JDK or of
        // a gadget library there is refused. Never loaded either way.
        if (place.endsWith("DenseLayer") || ClassAllowList.dl4jConfiguration().mayBeProjectClass(gadget)) {
            ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);
            assertThat(models.notes()).extracting(ReadNote::ruleId)
                    .contains(place.endsWith("DenseLayer") ? "NL002" : "NL005");
        } else {
            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                    .hasMessageContaining("is not a DL4J/ND4J configuration class");
        }
        assertNeverLoaded(gadget);
    }

    /** A class in a member of no role netlint knows (here a regulariser) is still refused as a whole. */
    @ParameterizedTest(name = "{0} as a regulariser")
    @MethodSource("gadgetNames")
    void gadgetInAPositionOfNoKnownRoleIsRefused(String gadget) throws Exception {
        String json = Files.readString(Fixtures.dl4j("bad-heavy-l2.json"));
        String place = "org.nd4j.linalg.learning.regularization.L2Regularization";
        assertThat(json).contains(place);
        Path file = write(json.replace("\"" + place + "\"", quoted(gadget)));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                .hasMessageContaining("is not a DL4J/ND4J configuration class");
        assertNeverLoaded(gadget);
    }

    /** DL4J's Distribution names its class in "type", not "@class": the same check applies there. */
    @ParameterizedTest(name = "{0} as a distribution type")
    @MethodSource("gadgetNames")
    void gadgetAsDistributionTypeIsNeverLoaded(String gadget) throws Exception {
        String json = Files.readString(Fixtures.dl4j("bad-wide-normal-distribution.json"));
        String place = "org.deeplearning4j.nn.conf.distribution.NormalDistribution";
        assertThat(json).contains(place);
        Path file = write(json.replace("\"" + place + "\"", quoted(gadget)));
        if (ClassAllowList.dl4jConfiguration().mayBeProjectClass(gadget)) {
            ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);
            assertThat(models.notes()).filteredOn(note -> note.ruleId().equals("NL005")).singleElement()
                    .satisfies(note -> assertThat(note.problem()).startsWith("distribution class '"));
        } else {
            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                    .hasMessageContaining("is not a DL4J/ND4J configuration class");
        }
        assertNeverLoaded(gadget);
    }

    /**
     * Jackson also takes a type id from a two-element array {@code ["class", {...}]} where it expects an object with
     * {@code @class}: the subtype trick of the early Jackson CVEs. No member is called {@code @class} there, so
     * the tree check does not see it; the class-loading guard around DL4J does.
     */
    @ParameterizedTest(name = "{0} as an array-form type id")
    @MethodSource("gadgetNames")
    void gadgetAsArrayFormTypeIdIsNeverLoaded(String gadget) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        String softmax = "\\{\\s*\"@class\"\\s*:\\s*\"org\\.nd4j\\.linalg\\.activations\\.impl\\.ActivationSoftmax\"\\s*}";
        String evil = json.replaceFirst(softmax, Matcher.quoteReplacement("[" + quoted(gadget) + ", {}]"));
        assertThat(evil).isNotEqualTo(json);
        Path file = write(evil);
        // The JVM refuses names that are no legal class name before any class loader is asked, and builds an
        // array type from its element class, which the guard judges like any other.
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                .hasMessageMatching(".*(The class was not loaded|no such class found|Not a subtype).*");
        assertNeverLoaded(gadget);
    }

    /** A gadget nested in a custom layer's settings goes with the layer: the layer is opaque, nothing is loaded. */
    @Test
    void gadgetInsideACustomLayerIsDroppedWithTheLayer() throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"))
                .replaceFirst("org\\.deeplearning4j\\.nn\\.conf\\.layers\\.DenseLayer", "com.acme.CustomLayer")
                .replaceFirst("org\\.nd4j\\.linalg\\.activations\\.impl\\.ActivationReLU",
                        Matcher.quoteReplacement(TRIPWIRE));
        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(write(json));
        assertThat(models.notes()).extracting(ReadNote::ruleId).containsExactly("NL002");
        assertNeverLoaded(TRIPWIRE);
        assertNeverLoaded("com.acme.CustomLayer");
    }

    @Test
    void aClassNameThatIsNoStringIsRefused() throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"))
                .replace("\"org.nd4j.linalg.learning.config.Adam\"", "[\"" + TRIPWIRE + "\"]");
        assertThatThrownBy(() -> reader.read(write(json))).isInstanceOf(ReadException.class)
                .hasMessageContaining("a class name that is a JSON array");
        assertNeverLoaded(TRIPWIRE);
    }

    /**
     * The probe over every fixture: each class DL4J looked up while netlint read a real configuration is on the
     * allow-list. The recording loader sees DL4J's own lookups, so an unguarded lookup would show here.
     */
    @Test
    void everyClassLookedUpWhileReadingRealConfigurationsIsOnTheAllowList() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Fixtures.DL4J, Fixtures.ZOO)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".zip")).forEach(files::add);
            }
        }
        int read = 0;
        for (Path file : files) {
            try {
                reader.read(file);
                read++;
            } catch (ReadException e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
        assertThat(read).isGreaterThan(50);
        ClassAllowList allowList = ClassAllowList.dl4jConfiguration();
        assertThat(probe.requested()).isNotEmpty().allSatisfy(name -> assertThat(allowList.allows(name))
                .as("%s was looked up", name).isTrue());
    }

    @Test
    void userPrefixMakesACustomLayerOnTheClassPathLoadable() throws Exception {
        Path file = write(Files.readString(Fixtures.dl4j("ok-relu-hidden.json")).replaceFirst(
                "org\\.deeplearning4j\\.nn\\.conf\\.layers\\.DenseLayer", AcmeDenseLayer.class.getName()));
        ModelFileReader allowing = new ModelFileReader(ReadLimits.DEFAULTS, ClassAllowList.dl4jConfiguration()
                .withUserPrefixes(List.of("dev.netlint.customlayers"), probe));

        ReadOutcome.Models models = (ReadOutcome.Models) allowing.read(file);

        Network network = models.networks().get(0);
        assertThat(models.notes()).isEmpty();
        assertThat(network.layers().get(0).kind()).isEqualTo(LayerKind.DENSE);
        assertThat(network.layers().get(0).type()).isEqualTo("AcmeDenseLayer");
        assertThat(probe.requested()).contains(AcmeDenseLayer.class.getName());
    }

    @Test
    void withoutTheUserPrefixTheSameCustomLayerIsOpaqueAndNeverLoaded() throws Exception {
        Path file = write(Files.readString(Fixtures.dl4j("ok-relu-hidden.json")).replaceFirst(
                "org\\.deeplearning4j\\.nn\\.conf\\.layers\\.DenseLayer", AcmeDenseLayer.class.getName()));

        ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);

        assertThat(models.notes()).extracting(ReadNote::ruleId).containsExactly("NL002");
        assertThat(models.networks().get(0).layers().get(0).kind()).isEqualTo(LayerKind.OPAQUE);
        assertNeverLoaded(AcmeDenseLayer.class.getName());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"com.example.siamese.ContrastiveLoss", "org.nd4j.linalg.lossfunctions.impl.LossFancy",
            "dev.netlint.read.probe.Tripwire$Gadget"})
    void aClassThatMayBeTheProjectsOwnIsACustomPart(String name) {
        assertThat(ClassAllowList.dl4jConfiguration().mayBeProjectClass(name)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"com.sun.rowset.JdbcRowSetImpl", "java.lang.Runtime", "javax.naming.InitialContext",
            "org.springframework.context.support.ClassPathXmlApplicationContext", "com.mchange.v2.c3p0.X",
            "org.apache.commons.collections.functors.InvokerTransformer", "[Lcom.example.X;", "com..X", "X"})
    void aJdkOrGadgetLibraryClassNeverIs(String name) {
        assertThat(ClassAllowList.dl4jConfiguration().mayBeProjectClass(name)).isFalse();
    }

    @Test
    void userPrefixOpensOnlyItsOwnPackage() throws Exception {
        ModelFileReader allowing = new ModelFileReader(ReadLimits.DEFAULTS, ClassAllowList.dl4jConfiguration()
                .withUserPrefixes(List.of("dev.netlint.customlayers."), probe));
        // Under the prefix but not on the class path: opaque, like any unknown layer.
        String absent = "dev.netlint.customlayers.NotThere";
        ReadOutcome.Models models = (ReadOutcome.Models) allowing.read(write(Files.readString(
                Fixtures.dl4j("ok-relu-hidden.json")).replaceFirst(
                "org\\.deeplearning4j\\.nn\\.conf\\.layers\\.DenseLayer", absent)));
        assertThat(models.notes()).extracting(ReadNote::ruleId).containsExactly("NL002");
        // On the class path but outside the prefix: never asked for.
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"))
                .replace("\"org.nd4j.linalg.activations.impl.ActivationReLU\"", quoted(TRIPWIRE));
        assertThat(((ReadOutcome.Models) allowing.read(write(json))).notes()).extracting(ReadNote::ruleId)
                .containsExactly("NL005");
        assertNeverLoaded(TRIPWIRE);
        assertThat(Tripwire.TRIPPED).isFalse();
    }

    @ParameterizedTest(name = "prefix ''{0}'' is refused")
    @ValueSource(strings = {"com", "java.lang", "javax.naming", "com.sun.rowset", "sun.misc", "jdk.internal",
            "com.acme..layers", "com/acme/layers", "1com.acme"})
    void unusablePrefixesAreRefused(String prefix) {
        assertThatThrownBy(() -> ClassAllowList.dl4jConfiguration().withUserPrefixes(List.of(prefix),
                getClass().getClassLoader())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedClassPrefixes");
    }

    static Stream<String> gadgetNames() {
        return GADGETS.stream();
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "evil", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\u0000", "\\u0000") + "\"";
    }

    private void assertNeverLoaded(String gadget) {
        String element = gadget.startsWith("[L") ? gadget.substring(2, gadget.length() - 1) : gadget;
        assertThat(probe.requested()).as("class names netlint or DL4J asked the class loader for")
                .doesNotContain(gadget).allSatisfy(name -> assertThat(ClassAllowList.dl4jConfiguration().allows(name)
                        || name.startsWith(AcmeDenseLayer.class.getPackageName())).as(name).isTrue());
        if (!element.startsWith("org.deeplearning4j.nn.conf.")) {
            assertThat(probe.requested()).doesNotContain(element);
        }
        if (element.equals(TRIPWIRE) || element.equals(LAYER_TRIPWIRE)) {
            assertThat(Tripwire.TRIPPED).as("the tripwire class was initialised").isFalse();
        }
    }
}
