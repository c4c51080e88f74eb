// With failOnReadError=false the unreadable file is reported, one line, and the build still passes.
String log = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
List<String> problems = []
def contains = { String expected ->
    if (!log.contains(expected)) {
        problems << "build.log does not contain: " + expected
    }
}
contains("[ERROR] src/main/resources/models/cut.zip:[1,1] NL000 cannot read model: damaged zip archive: no "
        + "end-of-central-directory record (a truncated or damaged archive); expected a zip archive as DL4J's "
        + "ModelSerializer or Keras' model.save() write it.")
contains("[WARNING] netlint (read-error-tolerated): 0 findings at or above error (0 allowed) and 1 unreadable model file (failOnReadError is false)")
contains("BUILD SUCCESS")
if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for " + basedir.name + ":\n  "
            + problems.join("\n  "))
}
return true
