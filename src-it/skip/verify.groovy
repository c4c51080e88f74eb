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

// -Dnetlint.skip=true: the failing models are not even read and the build passes.
contains("[INFO] netlint: skipped")
contains("BUILD SUCCESS")
noLineWith("[ERROR]", " NL")
noLineWith("[WARNING]", " NL")
lacks("model files read")
if (new File(basedir, "target/netlint").exists()) {
    problems << "target/netlint should not exist when netlint is skipped"
}

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
