// Shared by the invoker builds' verify.groovy scripts (scriptVariables "itSupport" points at this folder; it has no
// pom.xml, so invoker does not run it as a project). Evaluating this file gives a function from a build's basedir
// to its BuildLog: the build.log invoker wrote, with ANSI colour codes removed, and the expectations that failed.
class BuildLog {
    final File basedir
    final String text
    final List<String> lines
    final List<String> problems = []

    BuildLog(File basedir) {
        this.basedir = basedir
        text = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
        lines = text.readLines()
    }

    void contains(String expected) {
        if (!text.contains(expected)) {
            problems << "build.log does not contain: " + expected
        }
    }

    void lacks(String unexpected) {
        if (text.contains(unexpected)) {
            problems << "build.log contains, but should not: " + unexpected
        }
    }

    void lineWith(String start, String part) {
        if (!lines.any { it.startsWith(start) && it.contains(part) }) {
            problems << "build.log has no line starting with \"" + start + "\" that contains \"" + part + "\""
        }
    }

    void noLineWith(String start, String part) {
        lines.findAll { it.startsWith(start) && it.contains(part) }.each {
            problems << "build.log should have no line starting with \"" + start + "\" that contains \"" + part
                    + "\", but has: " + it
        }
    }

    /** Fails with every expectation that did not hold, each showing what was expected. */
    boolean verify() {
        if (problems) {
            throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
                    + problems.join("\n  "))
        }
        return true
    }
}

return { File basedir -> new BuildLog(basedir) }
