// One clean model and one broken file (a zip cut short).
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

Path target = basedir.toPath().resolve('src/main/resources/models')
Files.createDirectories(target)
Files.copy(Paths.get(fixtures).resolve('ok-relu-init.json'), target.resolve('clean.json'))
byte[] zip = Files.readAllBytes(Paths.get(fixtures).resolve('bad-seedA-two-sigmoid-mcxent.zip'))
Files.write(target.resolve('cut.zip'), Arrays.copyOf(zip, 1000))
return true
