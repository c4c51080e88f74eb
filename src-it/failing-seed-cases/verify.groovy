// Reads the build.log invoker wrote for this project (ANSI colour codes removed) and collects every expectation
// that does not hold; the script fails with all of them, each showing what was expected.
String log = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
List<String> lines = log.readLines()
List<String> problems = []
def contains = { String expected ->
    if (!log.contains(expected)) {
        problems << "build.log does not contain: " + expected
    }
}
def lacks = { String unexpected ->
    if (log.contains(unexpected)) {
        problems << "build.log contains, but should not: " + unexpected
    }
}
def lineWith = { String start, String part ->
    if (!lines.any { it.startsWith(start) && it.contains(part) }) {
        problems << "build.log has no line starting with \"" + start + "\" that contains \"" + part + "\""
    }
}
def noLineWith = { String start, String part ->
    lines.findAll { it.startsWith(start) && it.contains(part) }.each {
        problems << "build.log should have no line starting with \"" + start + "\" that contains \"" + part
                + "\", but has: " + it
    }
}

// NL102 on the seed A output layer (line/column of its "layer" key) is an error and fails the build;
// the default sigmoid stack (NL501) and dropOut(0.2) (NL401) are warnings.
String models = "src/main/resources/models/"
contains("[ERROR] " + models + "bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102 output: sigmoid activation with "
        + "multi-class cross-entropy (LossMCXENT) over 2 units")
lineWith("[WARNING] " + models + "bad-default-sigmoid-hidden.json:[", " NL501 dense1: ")
lineWith("[WARNING] " + models + "bad-dropout-retain-02.json:[", " NL401 dense1: dropOut(0.2) keeps 20%")
lineWith("[WARNING] " + models + "bad-dropout-retain-02.json:[", " NL401 dense2: dropOut(0.2) keeps 20%")
contains("[INFO] netlint: 3 model files read, 3 networks checked: 1 error, ")
contains("BUILD FAILURE")
contains("netlint: 1 finding at or above error (0 allowed)")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
