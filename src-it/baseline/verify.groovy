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

// Both builds write to the same build.log (build 1, then build 2).
String seedA = "src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json"

// Build 1: the baseline goal writes seed A's findings; check in verify then passes on them.
lineWith("[INFO] netlint: baseline netlint-baseline.json written: 2 findings (1 error, 0 warnings, 1 info) from 1 "
        + "model file", "commit the file")
contains("[INFO] netlint: 1 model file read, 1 network checked: 0 errors, 0 warnings, 0 infos; 2 findings baselined.")
contains("[INFO] netlint: baseline netlint-baseline.json lists 2 known findings")
contains("BUILD SUCCESS")
noLineWith("[ERROR] " + seedA, " NL102 ")

// The baseline file: versioned, keyed on file, rule and JSON pointer, no line numbers.
String baseline = new File(basedir, "netlint-baseline.json").getText("UTF-8")
["\"version\": 1", "\"file\": \"" + seedA + "\"", "\"rule\": \"NL102\"", "\"pointer\": \"/confs/3/layer\""].each {
    if (!baseline.contains(it)) {
        problems << "netlint-baseline.json does not contain " + it
    }
}
if (baseline.contains("\"line\"")) {
    problems << "netlint-baseline.json holds line numbers"
}

// Build 2: the new model's findings fail the build; seed A's are still baselined.
lineWith("[ERROR] new-models/bad-zero-init.json:[", " NL301 ")
contains("[INFO] netlint: 2 model files read, 2 networks checked: 1 error, ")
contains("; 2 findings baselined.")
contains("BUILD FAILURE")
contains("netlint: 1 finding at or above error (0 allowed)")

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
