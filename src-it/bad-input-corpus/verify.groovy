// Every unreadable file is one NL000 line that says what was expected; the buggy model among them keeps its
// finding; a symbolic link out of the project is not followed; nothing on the console is a stack trace or a line
// forged by a layer name.
String raw = new File(basedir, "build.log").getText("UTF-8")
String log = raw.replaceAll("\u001B\\[[0-9;]*m", "")
List<String> lines = log.readLines()
List<String> problems = []
int copied = Integer.parseInt(new File(basedir, 'copied.txt').text.trim())
String models = "src/main/resources/models/"

List<String> readErrors = lines.findAll { it.startsWith("[ERROR] " + models) && it.contains("] NL000 ") }
if (readErrors.size() < copied / 2) {
    problems << "only " + readErrors.size() + " NL000 lines for " + copied + " files"
}
readErrors.findAll { !it.contains("cannot read model: ") || !it.contains("expected") }.each {
    problems << "NL000 line without what was expected: " + it
}
Map<String, Integer> perFile = [:]
readErrors.each { String line ->
    String file = line.substring("[ERROR] ".length(), line.indexOf(":["))
    file = file.contains("!/") ? file.substring(0, file.indexOf("!/")) : file
    perFile[file] = (perFile[file] ?: 0) + 1
}
perFile.findAll { it.value > 1 }.each { problems << "more than one NL000 line for " + it.key }
lines.findAll { it.contains("internal error") || it.contains("netlint rule NL") }.each {
    problems << "crash reported: " + it
}
if (!lines.any { it.startsWith("[ERROR] " + models + "buggy.json:[144,5] NL102 output:") }) {
    problems << "the buggy model lost its NL102 line"
}
if (new File(basedir, 'src/main/resources/models/link-out-of-project.json').exists()
        && !lines.any { it.contains(models + "link-out-of-project.json:[1,1] NL000 cannot read model: the file is a symbolic link to ") }) {
    problems << "the symbolic link out of the project was followed or not reported"
}
// Invoker runs these builds with -e (showErrors), so Maven itself prints the trace of the build failure after
// "BUILD FAILURE"; a user sees that only with -e. Everything before it is netlint's.
List<String> netlintLines = lines.takeWhile { !it.contains("BUILD FAILURE") }
netlintLines.findAll { it ==~ /^\s+at [\w.$]+\(.*\)$/ || it.startsWith("Caused by:") || it.contains("Exception in thread") }.each {
    problems << "stack trace on the console: " + it
}
lines.findAll { it.startsWith("[ERROR] BUILD SUCCESS") }.each { problems << "forged line: " + it }
if (raw.contains("\u001B[31mforged") || raw.contains("\u001B[2J")) {
    problems << "a terminal escape from a model file reached the console"
}
if (!log.contains("BUILD FAILURE")) {
    problems << "the build did not fail"
}
if (!lines.any { it.contains("[INFO] netlint (bad-input-corpus): ") && it.contains(" model files read (") }) {
    problems << "no summary line"
}

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
println "bad-input-corpus: " + copied + " files, " + readErrors.size() + " NL000 lines"
return true
