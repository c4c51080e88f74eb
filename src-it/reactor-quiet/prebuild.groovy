// Copies fixture models into the modules (no model file is duplicated under src-it): app gets a DL4J model with an
// error and notes in its own resource directory src/main/models, core one with warnings and notes in
// src/main/resources/models; empty gets none.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

def copy = { String name, String directory ->
    Path model = Paths.get(fixtures).resolve(name)
    if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("fixture " + model + " does not exist")
    }
    Path target = Files.createDirectories(basedir.toPath().resolve(directory))
    Files.copy(model, target.resolve(name), StandardCopyOption.REPLACE_EXISTING)
}
copy('bad-seedA-two-sigmoid-mcxent.json', 'app/src/main/models')
copy('bad-dropout-retain-02.json', 'core/src/main/resources/models')
return true
