// Reproducible build: netlint built again from the same sources (into this project's rebuild/ directory, tests not
// compiled) must give the plugin jar and the command-line jar byte for byte as the build that runs this script.
import java.security.MessageDigest

File rebuild = new File(basedir, "rebuild")
List<String> command = [new File(System.getProperty("maven.home"), "bin/mvn").path, "-B", "-o", "-q",
        "-f", new File(projectRoot, "pom.xml").path, "package",
        "-Dmaven.test.skip=true", "-Dinvoker.skip=true", "-Dnetlint.fuzz.skip=true",
        "-Dmaven.repo.local=" + localRepository, "-Dnetlint.buildDirectory=" + rebuild.path]
Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(new File(basedir, "rebuild.log")).start()
if (process.waitFor() != 0) {
    throw new AssertionError("the second build failed (exit " + process.exitValue() + "); see "
            + new File(basedir, "rebuild.log"))
}

String sha256(File file) {
    MessageDigest.getInstance("SHA-256").digest(file.bytes).encodeHex().toString()
}

List<String> problems = []
[new File(pluginJar), new File(cliJar)].each { File first ->
    File second = new File(rebuild, first.name)
    if (!first.isFile() || !second.isFile()) {
        problems << "missing " + (first.isFile() ? second : first)
    } else if (sha256(first) != sha256(second)) {
        problems << first.name + " differs between the two builds: " + sha256(first) + " vs " + sha256(second) +
                " (compare the entries: unzip -l, diffoscope)"
    } else {
        println("reproducible: " + first.name + " " + sha256(first))
    }
}
if (problems) {
    throw new AssertionError(problems.join("\n"))
}
return true
