// Copies the bad-input corpus (generated and hand-written files, not the manifests) and the seed A model into the
// cloned project, and adds a symbolic link that leads out of the project.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(badInput)
Path target = basedir.toPath().resolve('src/main/resources/models')
int copied = 0
Files.walk(source).filter { Files.isRegularFile(it) && !it.fileName.toString().endsWith('.tsv') }.each { Path file ->
    Path copy = target.resolve(source.relativize(file).toString())
    Files.createDirectories(copy.parent)
    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING)
    copied++
}
if (copied < 1000) {
    throw new IllegalStateException("only " + copied + " bad-input files under " + source)
}
Files.copy(Paths.get(fixtures).resolve('bad-seedA-two-sigmoid-mcxent.json'), target.resolve('buggy.json'),
        StandardCopyOption.REPLACE_EXISTING)
Path outside = basedir.toPath().resolveSibling(basedir.name + '-outside.json')
Files.writeString(outside, '{"confs": []}')
try {
    Files.createSymbolicLink(target.resolve('link-out-of-project.json'), outside)
} catch (UnsupportedOperationException | IOException e) {
    println "no symbolic links here: " + e
}
new File(basedir, 'copied.txt').text = String.valueOf(copied)
return true
