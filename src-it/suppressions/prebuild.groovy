// Copies the fixture models this project needs from src/test/resources/fixtures/dl4j (scriptVariables "fixtures")
// into the cloned project, so no model file is duplicated under src-it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(fixtures)
Path target = basedir.toPath().resolve('src/main/resources/models')
Files.createDirectories(target)
[
    'bad-seedA-two-sigmoid-mcxent.json',
].each { String name ->
    Path model = source.resolve(name)
    if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("fixture " + model + " does not exist")
    }
    Files.copy(model, target.resolve(name), StandardCopyOption.REPLACE_EXISTING)
}
return true
