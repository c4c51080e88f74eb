// A buggy model (seed A: sigmoid outputs with multi-class cross-entropy) and a broken one: the same file cut in half,
// as an interrupted copy or a bad merge leaves it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

Path source = Paths.get(fixtures).resolve('bad-seedA-two-sigmoid-mcxent.json')
Path target = basedir.toPath().resolve('src/main/resources/models')
Files.createDirectories(target)
byte[] bytes = Files.readAllBytes(source)
Files.write(target.resolve('buggy.json'), bytes)
Files.write(target.resolve('broken.json'), Arrays.copyOf(bytes, bytes.length.intdiv(2)))
return true
