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

// <checks><NL102>warning</NL102></checks>: the seed A finding is logged as a warning and the build passes.
// (NL203, the "no label declaration" rule, is info by default; it must not show up as warning or error either.)
contains("[WARNING] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102 output: sigmoid "
        + "activation with multi-class cross-entropy (LossMCXENT) over 2 units")
noLineWith("[ERROR]", " NL102 ")
noLineWith("[ERROR]", " NL203 ")
noLineWith("[WARNING]", " NL203 ")
contains("[INFO] netlint: 1 model file read, 1 network checked: 0 errors, 1 warning, ")
contains("BUILD SUCCESS")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
