// The broken file is one NL000 line saying what was expected, the buggy one still gets its finding, the build
// fails on both, and nothing on the console is a stack trace.
String log = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
List<String> lines = log.readLines()
List<String> problems = []
def contains = { String expected ->
    if (!log.contains(expected)) {
        problems << "build.log does not contain: " + expected
    }
}
def lineWith = { String start, String part ->
    if (!lines.any { it.startsWith(start) && it.contains(part) }) {
        problems << "build.log has no line starting with \"" + start + "\" that contains \"" + part + "\""
    }
}

String models = "src/main/resources/models/"
lineWith("[ERROR] " + models + "broken.json:[", "] NL000 cannot read model: malformed JSON: Unexpected end-of-input")
lineWith("[ERROR] " + models + "broken.json:[", "; expected one complete JSON document (UTF-8, UTF-16 or UTF-32).")
contains("[ERROR] " + models + "buggy.json:[144,5] NL102 output: sigmoid activation with multi-class cross-entropy")
if (lines.count { it.contains(models + "broken.json:[") } != 1) {
    problems << "broken.json should have exactly one line"
}
contains("[INFO] netlint (broken-and-buggy): 1 model file read, 1 network checked: 2 errors")
contains("netlint (broken-and-buggy): 1 finding at or above error (0 allowed) and 1 unreadable model file (failOnReadError)")
contains("BUILD FAILURE")
// Invoker runs these builds with -e (showErrors), so Maven itself prints the trace of the build failure after
// "BUILD FAILURE"; a user sees that only with -e. Everything before it is netlint's.
List<String> netlintLines = lines.takeWhile { !it.contains("BUILD FAILURE") }
netlintLines.findAll { it ==~ /^\s+at [\w.$]+\(.*\)$/ || it.startsWith("Caused by:") }.each {
    problems << "stack trace on the console: " + it
}

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
