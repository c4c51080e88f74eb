// Shared by the invoker builds' prebuild.groovy scripts: evaluating this file gives a function that copies the named
// fixture models from a fixture folder (scriptVariables "fixtures", "kerasFixtures") into the cloned project's
// src/main/resources/models, so no model file is duplicated under src-it. A name that is not there fails the build.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

return { String fixtureFolder, File basedir, List<String> names ->
    Path source = Paths.get(fixtureFolder)
    Path target = Files.createDirectories(basedir.toPath().resolve('src/main/resources/models'))
    names.each { String name ->
        Path model = source.resolve(name)
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("fixture " + model + " does not exist")
        }
        Files.copy(model, target.resolve(name), StandardCopyOption.REPLACE_EXISTING)
    }
    return true
}
