// No model file on purpose: only an empty models directory, so netlint walks src/main/resources and finds nothing.
import java.nio.file.Files

Files.createDirectories(basedir.toPath().resolve('src/main/resources/models'))
return true
