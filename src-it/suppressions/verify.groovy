// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// The only error, NL102 on seed A's output layer, is suppressed: not logged, not counted, the build passes, and the
// summary says one finding was suppressed. The second entry matches nothing: NL004 at its line, a note, printed
// with <verbose>true</verbose>.
build.noLineWith("[ERROR]", " NL102 ")
build.noLineWith("[WARNING]", " NL102 ")
build.contains("[INFO] netlint (suppressions): 1 model file read, 1 network checked: 0 errors, 0 warnings, 2 infos; 1 suppressed.")
build.contains("[INFO] netlint-suppressions.xml:[9,3] NL004 suppression 2: matches no finding (rule NL4*, file "
        + "src/main/resources/models/renamed.json);\n    it hides nothing now")
build.contains("BUILD SUCCESS")

// SARIF keeps the suppressed finding as a result, marked with the suppression and its reason.
String sarif = new File(basedir, "target/netlint/netlint.sarif").getText("UTF-8")
if (!sarif.contains("\"kind\": \"external\"")
        || !sarif.contains("\"justification\": \"Two sigmoid units kept on purpose to compare with the fixed model\"")) {
    problems << "netlint.sarif has no external suppression with the reason"
}

return build.verify()
