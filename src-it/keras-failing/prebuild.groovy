// Copies a TensorFlow.js-saved model with a 1-unit sigmoid head under categorical_crossentropy from src/test/resources/fixtures/keras (scriptVariables
// "kerasFixtures") into the cloned project, and packs the Keras JSON of seed C into a Keras 3 style archive
// (config.json + metadata.json), the layout model.save("x.keras") writes.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

Path source = Paths.get(kerasFixtures)
Path target = basedir.toPath().resolve('src/main/resources/models')
Files.createDirectories(target)
Path model = source.resolve('cce-one-unit-bad.model.json')
if (!Files.isRegularFile(model)) {
    throw new IllegalStateException("fixture " + model + " does not exist")
}
Files.copy(model, target.resolve('eyes.model.json'), StandardCopyOption.REPLACE_EXISTING)

Path config = source.resolve('seedC-bad.keras.json')
new ZipOutputStream(Files.newOutputStream(target.resolve('four-classes.keras'))).withCloseable { zip ->
    zip.putNextEntry(new ZipEntry('metadata.json'))
    zip.write('{"keras_version": "3.0.0"}'.getBytes('UTF-8'))
    zip.putNextEntry(new ZipEntry('config.json'))
    zip.write(Files.readAllBytes(config))
}
return true
