package dev.netlint.engine;

import dev.netlint.model.LabelDeclaration;
import dev.netlint.model.LabelMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputCollectorTest {

    @TempDir
    Path project;

    private Path touch(String relative) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        return file;
    }

    private LintRequest request(List<String> excludes, List<ModelDeclaration> declarations) {
        return new LintRequest(project, List.of(project.resolve("src/main/resources")), LintRequest.DEFAULT_INCLUDES,
                excludes, declarations, SeverityOverrides.NONE);
    }

    @Test
    void includesMatchAtTheTopAndBelowAndExcludesWin() throws Exception {
        touch("src/main/resources/top.json");
        touch("src/main/resources/models/deep/net.zip");
        touch("src/main/resources/models/notes.txt");
        touch("src/main/resources/generated/skip.json");
        List<ModelInput> inputs = new InputCollector().collect(request(List.of("generated/**"), List.of()));
        assertThat(inputs).extracting(ModelInput::displayPath)
                .containsExactly("src/main/resources/models/deep/net.zip", "src/main/resources/top.json");
        assertThat(inputs).allSatisfy(i -> assertThat(i.listed()).isFalse());
    }

    @Test
    void declaredFilesAreLintedWithTheirLabelsEvenOutsideTheSourceDirectories() throws Exception {
        touch("models/eyes.json");
        touch("src/main/resources/a.json");
        LabelDeclaration binary = new LabelDeclaration(LabelMode.BINARY, OptionalInt.of(2));
        List<ModelInput> inputs = new InputCollector().collect(request(List.of(),
                List.of(new ModelDeclaration("models/*.json", binary))));
        assertThat(inputs).extracting(ModelInput::displayPath)
                .containsExactly("models/eyes.json", "src/main/resources/a.json");
        assertThat(inputs.get(0).labels()).contains(binary);
        assertThat(inputs.get(0).listed()).isTrue();
        assertThat(inputs.get(1).labels()).isEmpty();
    }

    @Test
    void declaredFileThatDoesNotExistIsAnErrorNamingIt() {
        assertThatThrownBy(() -> new InputCollector().collect(request(List.of(), List.of(new ModelDeclaration(
                "models/absent.json", new LabelDeclaration(LabelMode.SPARSE, OptionalInt.of(4)))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("models/absent.json").hasMessageContaining("matches no file");
    }
}
