// Copies the fixed Keras models (saved by TensorFlow.js) from src/test/resources/fixtures/keras.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(kerasFixtures)
Path target = basedir.toPath().resolve('src/main/resources/models')
Files.createDirectories(target)
['seedA-ok-binary.model.json': 'eyes.model.json', 'seedE-ok.model.json': 'plates.model.json'].each { from, to ->
    Path model = source.resolve(from)
    if (!Files.isRegularFile(model)) {
        throw new IllegalStateException("fixture " + model + " does not exist")
    }
    Files.copy(model, target.resolve(to), StandardCopyOption.REPLACE_EXISTING)
}
return true
