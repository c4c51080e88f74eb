// Copies fixture models into the modules (no model file is duplicated under src-it): app keeps a TensorFlow.js and a
// DL4J model in its own resource directory src/main/models, lib a DL4J model and a DL4J model zip in
// src/main/resources/models; empty gets none.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

def copy = { String folder, String name, String directory ->
    Path model = Paths.get(folder).resolve(name)
    if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("fixture " + model + " does not exist")
    }
    Path target = Files.createDirectories(basedir.toPath().resolve(directory))
    Files.copy(model, target.resolve(name), StandardCopyOption.REPLACE_EXISTING)
}
copy(kerasFixtures, 'seedA-bad.model.json', 'app/src/main/models')
copy(fixtures, 'bad-dropout-retain-02.json', 'app/src/main/models')
copy(fixtures, 'bad-seedA-two-sigmoid-mcxent.json', 'lib/src/main/resources/models')
copy(fixtures, 'ok-seedA-with-normalizer.zip', 'lib/src/main/resources/models')
return true
