// Checks build.log: the tfjs model fails the build with NL102 at the output layer's position; the .keras archive is
// read from its config.json entry (architecture only: NL003 says the loss checks were skipped).
String log = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
List<String> problems = []
def contains = { String expected ->
    if (!log.contains(expected)) {
        problems << "build.log does not contain: " + expected
    }
}
String models = "src/main/resources/models/"
contains("[ERROR] " + models + "eyes.model.json:[40,9] NL102 output: sigmoid activation with multi-class "
        + "cross-entropy (categorical_crossentropy), 1 unit")
// NL003 is a note: in the reports, not on the console, and counted in the summary.
if (log.contains(models + "four-classes.keras!/config.json:[1,1] NL003 ")) {
    problems << "the NL003 note was printed on the console"
}
contains("[INFO] netlint (keras-failing): 2 model files read, 2 networks checked: 1 error, ")
contains(" not printed (-Dnetlint.verbose prints them)")
if (!new File(basedir, "target/netlint/netlint.sarif").getText("UTF-8").contains("\"ruleId\": \"NL003\"")) {
    problems << "netlint.sarif has no NL003 result"
}
contains("BUILD FAILURE")
if (problems) {
    throw new AssertionError("keras-failing: " + problems.size() + " expectation(s) not met:\n  "
            + problems.join("\n  "))
}
return true
