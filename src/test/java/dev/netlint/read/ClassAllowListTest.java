package dev.netlint.read;

import dev.netlint.Fixtures;
import dev.netlint.read.probe.Tripwire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model file from a pull request must not get netlint to load a class of its choosing. Known Jackson gadget
 * names and a tripwire class on the test class path are placed where DL4J configurations name classes; the
 * tripwire's static initialiser proves whether anything loaded it, beyond what the error text says.
 */
class ClassAllowListTest {

    private static final String TRIPWIRE = Tripwire.Gadget.class.getName();
    private static final String LAYER_TRIPWIRE = Tripwire.LayerGadget.class.getName();

    /** Class names from the Jackson polymorphic-deserialisation CVE list. */
    private static final List<String> GADGETS = List.of(
            "com.sun.rowset.JdbcRowSetImpl",
            "org.apache.commons.collections.functors.InvokerTransformer",
            "org.apache.commons.collections4.functors.InstantiateTransformer",
            "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
            "org.springframework.context.support.ClassPathXmlApplicationContext",
            "ch.qos.logback.core.db.DriverManagerConnectionSource",
            "org.apache.xalan.xsltc.trax.TemplatesImpl",
            "javax.naming.InitialContext",
            TRIPWIRE,
            LAYER_TRIPWIRE,
            // Look-alikes of the allowed packages.
            "org.deeplearning4j.nn.confx.Evil",
            "org.nd4j.linalg.activations..Evil",
            "org.deeplearning4j.nn.conf./../Evil");

    /** Where DL4J configurations name classes: activation, loss, updater, weight init, and the layer itself. */
    private static final List<String> PLACES = List.of(
            "org.nd4j.linalg.activations.impl.ActivationReLU",
            "org.nd4j.linalg.lossfunctions.impl.LossMCXENT",
            "org.nd4j.linalg.learning.config.Adam",
            "org.deeplearning4j.nn.weights.WeightInitRelu",
            "org.deeplearning4j.nn.conf.layers.DenseLayer");

    @TempDir
    Path dir;

    static Stream<Arguments> gadgetsInEveryPlace() {
        return GADGETS.stream().flatMap(gadget -> PLACES.stream().map(place -> Arguments.of(gadget, place)));
    }

    @BeforeEach
    void resetWire() {
        Tripwire.TRIPPED.set(false);
    }

    @ParameterizedTest(name = "{0} in place of {1}")
    @MethodSource("gadgetsInEveryPlace")
    void gadgetClassIsNeverLoaded(String gadget, String place) throws Exception {
        String json = Files.readString(Fixtures.dl4j("ok-relu-init.json"));
        assertThat(json).contains(place);
        Path file = dir.resolve("evil.json");
        Files.writeString(file, json.replace("\"" + place + "\"", "\"" + gadget + "\""));

        ModelFileReader reader = new ModelFileReader();
        if (place.endsWith("DenseLayer")) {
            // A layer class netlint does not know is read as an opaque layer, never loaded.
            ReadOutcome.Models models = (ReadOutcome.Models) reader.read(file);
            assertThat(models.notes()).extracting(ReadNote::ruleId).contains("NL002");
        } else {
            assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                    .hasMessageContaining(gadget);
        }
        assertThat(Tripwire.TRIPPED).as("the tripwire class was initialised").isFalse();
    }
}
