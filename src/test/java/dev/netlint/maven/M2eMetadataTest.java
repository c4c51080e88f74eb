package dev.netlint.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The m2e lifecycle mapping in the jar: every goal the plugin has is mapped, check runs on incremental builds. */
class M2eMetadataTest {

    @Test
    void everyGoalIsMappedAndOnlyCheckRunsInTheIde() throws Exception {
        Document metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertThat(in).as("META-INF/m2e/lifecycle-mapping-metadata.xml on the class path").isNotNull();
            metadata = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> actions = new TreeMap<>();
        NodeList executions = metadata.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            String kind = action.getElementsByTagName("execute").getLength() > 0 ? "execute" : "ignore";
            if (kind.equals("execute")) {
                Element execute = (Element) action.getElementsByTagName("execute").item(0);
                kind += " incremental=" + execute.getElementsByTagName("runOnIncremental").item(0).getTextContent()
                        + " configuration=" + execute.getElementsByTagName("runOnConfiguration").item(0)
                        .getTextContent();
            }
            NodeList goals = execution.getElementsByTagName("goal");
            for (int g = 0; g < goals.getLength(); g++) {
                actions.put(goals.item(g).getTextContent().trim(), kind);
            }
        }
        assertThat(actions).containsEntry("check", "execute incremental=true configuration=false");
        assertThat(actions.keySet()).containsExactlyInAnyOrderElementsOf(goalsOfThePlugin());
        actions.forEach((goal, kind) -> {
            if (!goal.equals("check")) {
                assertThat(kind).as(goal).isEqualTo("ignore");
            }
        });
    }

    /** From the descriptor Maven generated, so a new goal without a mapping fails here. */
    private static List<String> goalsOfThePlugin() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(descriptor).exists();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(descriptor));
        NodeList mojos = xml.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(((Element) mojos.item(i)).getElementsByTagName("goal").item(0).getTextContent().trim());
        }
        return goals;
    }
}
