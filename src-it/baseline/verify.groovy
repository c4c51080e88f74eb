// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// Both builds write to the same build.log (build 1, then build 2).
String seedA = "src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json"

// Build 1: the baseline goal writes seed A's findings; check in verify then passes on them.
build.lineWith("[INFO] netlint (baseline): baseline netlint-baseline.json written: 2 findings (1 error, 0 warnings, 1 info) from 1 "
        + "model file", "commit the file")
build.contains("[INFO] netlint (baseline): 1 model file read, 1 network checked: 0 errors, 0 warnings, 0 infos; 2 findings baselined.")
// Every listed finding still occurs: nothing more to say than the summary's count.
build.lacks("baseline netlint-baseline.json lists")
build.contains("BUILD SUCCESS")
build.noLineWith("[ERROR] " + seedA, " NL102 ")

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
build.lineWith("[ERROR] new-models/bad-nout-zero.json:[", " NL108 ")
build.contains("[INFO] netlint (baseline): 2 model files read, 2 networks checked: 1 error, ")
build.contains("; 2 findings baselined.")
build.contains("BUILD FAILURE")
build.contains("netlint (baseline): 1 finding at or above error (0 allowed)")

return build.verify()
