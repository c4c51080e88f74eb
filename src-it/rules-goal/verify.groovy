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

// One line per rule: id, severity, summary, page; levels from <checks> with their default.
lineWith("[INFO] netlint: ", " rules (id, severity, summary, page)")
lineWith("[INFO] NL102  error ", "https://github.com/netlint/netlint/blob/main/docs/rules/NL102.md")
lineWith("[INFO] NL401  error (default warning) ", "/docs/rules/NL401.md")
lineWith("[INFO] NL403  off (default warning) ", "/docs/rules/NL403.md")
lineWith("[INFO] NL501  warning ", "/docs/rules/NL501.md")
contains("BUILD SUCCESS")
lacks("model files read")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
