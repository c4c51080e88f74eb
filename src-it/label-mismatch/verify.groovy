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

// Seed C: the 1-unit sigmoid head declared as 4 sparse classes fails with NL201 (label mode) and NL202 (class count),
// both on the output layer; its softmax twin, undeclared, only gets infos.
String bad = "src/main/resources/models/bad-seedC-one-sigmoid-four-classes.json:["
lineWith("[ERROR] " + bad, " NL201 output: declared sparse labels, but the head is 1 unit with sigmoid")
lineWith("[ERROR] " + bad, " NL202 output: declared 4 classes, but the output has 1 unit")
noLineWith("[ERROR] src/main/resources/models/ok-seedC-softmax-four.json", " NL")
noLineWith("[WARNING] src/main/resources/models/ok-seedC-softmax-four.json", " NL")
contains("[INFO] netlint: 2 model files read, 2 networks checked: 2 errors, 0 warnings, ")
contains("BUILD FAILURE")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
