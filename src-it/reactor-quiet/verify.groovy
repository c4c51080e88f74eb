// A reactor with nothing configured but check: inputs from each module's resource directories, the pom parent and
// the module without models skipped without a word, one summary line per module named after it, errors and warnings
// on the console (the notes with -Dnetlint.verbose), paths from the reactor's root, capped annotations, and one
// output directory for several modules refused.
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// The three builds share build.log; each starts with Maven's "Scanning for projects...".
List<List<String>> builds = []
build.lines.each { line ->
    if (line.contains("Scanning for projects...")) {
        builds << []
    }
    if (builds) {
        builds.last() << line
    }
}
if (builds.size() != 3) {
    problems << "expected 3 builds in build.log, found " + builds.size()
    return build.verify()
}
def (quiet, verbose, shared) = builds
String app = "app/src/main/models/bad-seedA-two-sigmoid-mcxent.json"
String core = "core/src/main/resources/models/bad-dropout-retain-02.json"

def expect = { String what, boolean holds -> if (!holds) { problems << what } }
def count = { List<String> lines, Closure<Boolean> which -> lines.count(which) }

// Build 1: errors and warnings, each with its cost and fix on an indented second line; no notes.
int error = quiet.findIndexOf { it.startsWith("[ERROR] " + app + ":[144,5] NL102 output: ") }
expect("build 1: no NL102 line for app's model in its own resource directory, named from the root", error >= 0)
expect("build 1: the NL102 line has no indented second line with the cost and the fix",
        error >= 0 && quiet[error + 1].startsWith("    ") && quiet[error + 1].contains(" Fix: "))
expect("build 1: no NL401 warning for core",
        quiet.any { it.startsWith("[WARNING] " + core + ":[") && it.contains(" NL401 ") })
expect("build 1: a note (NL303) was printed", !quiet.any { it.contains(" NL303 ") })
expect("build 1: a finding line at [INFO]", !quiet.any { it.startsWith("[INFO] app/") || it.startsWith("[INFO] core/") })
// One summary line per module with models, none for the parent and the module without models.
expect("build 1: not exactly one summary line for app", count(quiet) {
    it.startsWith("[INFO] netlint (app): 1 model file read, 1 network checked: 1 error, 0 warnings, ")
            && it.contains(" not printed (-Dnetlint.verbose prints them). Reports: app/target/netlint/netlint.sarif")
} == 1)
expect("build 1: not exactly one summary line for core", count(quiet) {
    it.startsWith("[INFO] netlint (core): 1 model file read, 1 network checked: 0 errors, 2 warnings, ")
} == 1)
expect("build 1: a line about the pom parent or the module without models",
        !quiet.any { it.contains("netlint (reactor-quiet)") || it.contains("netlint (empty)") })
expect("build 1: a warning that no model file was found", !quiet.any { it.contains("no model file found") })
expect("build 1: empty or the parent got reports", !new File(basedir, "empty/target/netlint").exists()
        && !new File(basedir, "target/netlint").exists())
// One annotation per module, at the start of its line (where GitHub's runner reads it), and a notice for core's
// warning left out.
List<String> annotations = quiet.findAll { it.startsWith("::error ") || it.startsWith("::warning ") }
expect("build 1: not 2 annotations: " + annotations, annotations.size() == 2)
expect("build 1: app's error is not annotated: " + annotations,
        annotations.any { it.startsWith("::error file=src/main/models/bad-seedA-two-sigmoid-mcxent.json,line=144,col=5,title=NL102::") })
expect("build 1: core's first warning is not annotated: " + annotations,
        annotations.any { it.startsWith("::warning file=src/main/resources/models/bad-dropout-retain-02.json,line=") })
expect("build 1: not one notice that core's annotations stop", count(quiet) {
    it.startsWith("::notice title=netlint::netlint (core): 1 more finding not annotated (maxAnnotations=1, errors first)")
} == 1 && count(quiet) { it.startsWith("::notice ") } == 1)
expect("build 1 did not pass", quiet.any { it.contains("BUILD SUCCESS") })

// Build 2: -Dnetlint.verbose prints the notes too.
expect("build 2: no note printed", verbose.any { it.startsWith("[INFO] " + app + ":[") && it.contains(" NL303 ") })
expect("build 2: the summary still says findings were not printed",
        verbose.any { it.startsWith("[INFO] netlint (app): ") } && !verbose.any { it.contains(" not printed (") })

// Build 3: one output directory for app and core.
expect("build 3: the shared output directory is not refused", shared.any {
    it.contains("is also the output directory of dev.netlint.it:app:jar:1.0 in this build; each module needs its own")
})
expect("build 3 did not fail", shared.any { it.contains("BUILD FAILURE") })

return build.verify()
