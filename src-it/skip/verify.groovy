// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// -Dnetlint.skip=true: the failing models are not even read and the build passes.
build.contains("[INFO] netlint: skipped")
build.contains("BUILD SUCCESS")
build.noLineWith("[ERROR]", " NL")
build.noLineWith("[WARNING]", " NL")
build.lacks("model files read")
if (new File(basedir, "target/netlint").exists()) {
    problems << "target/netlint should not exist when netlint is skipped"
}

return build.verify()
