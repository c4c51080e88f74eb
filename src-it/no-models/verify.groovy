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

// Nothing to lint: netlint says so (a warning, since it usually means a wrong directory) and the build passes.
contains("[WARNING] netlint: no model file found in src/main/resources (includes **/*.json, **/*.zip, **/*.keras, **/*.h5, **/*.hdf5): nothing was checked")
contains("[INFO] netlint: 0 model files read, 0 networks checked: 0 errors, 0 warnings, 0 infos")
contains("BUILD SUCCESS")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
