// Copies the fixture models this project needs from src/test/resources/fixtures/dl4j (scriptVariables "fixtures")
// into the cloned project, so no model file is duplicated under src-it: seed A where every build reads it, and a
// model whose output layer has nOut = 0 in new-models/, which only the second build (profile new-model) reads.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(fixtures)
[
    'src/main/resources/models': 'bad-seedA-two-sigmoid-mcxent.json',
    'new-models'               : 'bad-nout-zero.json',
].each { String directory, String name ->
    Path model = source.resolve(name)
    if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("fixture " + model + " does not exist")
    }
    Path target = Files.createDirectories(basedir.toPath().resolve(directory))
    Files.copy(model, target.resolve(name), StandardCopyOption.REPLACE_EXISTING)
}
return true
