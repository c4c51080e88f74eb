// The hook of .pre-commit-hooks.yaml, run as pre-commit runs it (its entry, in the repository's root, no file names
// passed), with this build's local repository, where the netlint under test is installed.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

String hooks = new File(projectRoot, ".pre-commit-hooks.yaml").getText("UTF-8")
def entry = (hooks =~ /(?m)^\s*entry:\s*(.+)$/)
if (!entry.find()) {
    throw new AssertionError(".pre-commit-hooks.yaml has no entry")
}
if (!(hooks =~ /(?m)^\s*pass_filenames:\s*false\s*$/).find()) {
    throw new AssertionError("the hook must not take file names: it lints the project as its pom says")
}
List<String> command = entry.group(1).trim().split(/\s+/) as List
if (command[0] != "mvn") {
    throw new AssertionError("the hook's entry does not run Maven: " + command)
}
command[0] = new File(System.getProperty("maven.home"), "bin/mvn").path
command.addAll(1, ["-o", "-Dmaven.repo.local=" + itRepository])

def hook = { String name ->
    File log = new File(basedir, name + ".log")
    Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
            .redirectOutput(log).start()
    [process.waitFor(), log.getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")]
}

List<String> problems = []
// 1. Seed A's NL102 is suppressed, as in the build: the commit goes through, silently (-q).
def (int accepted, String quiet) = hook("hook-accepts")
if (accepted != 0) {
    problems << "the hook blocked a commit the build accepts (exit " + accepted + "):\n" + quiet
}
if (quiet.contains("NL102")) {
    problems << "the hook printed the suppressed finding:\n" + quiet
}

// 2. A new bad model: the commit is blocked and the finding is shown.
Files.copy(new File(fixtures, "bad-softmax-one-unit-graph.json").toPath(),
        new File(basedir, "src/main/resources/models/bad-softmax-one-unit-graph.json").toPath(),
        StandardCopyOption.REPLACE_EXISTING)
def (int blocked, String shown) = hook("hook-blocks")
if (blocked == 0) {
    problems << "the hook let a new error through"
}
if (!shown.contains("src/main/resources/models/bad-softmax-one-unit-graph.json:[") || !shown.contains(" NL101 ")) {
    problems << "the hook does not show the new finding:\n" + shown
}
if (problems) {
    throw new AssertionError(problems.join("\n"))
}
return true
