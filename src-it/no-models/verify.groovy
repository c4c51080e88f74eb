// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// A module without models in its resource directories: skipped with one debug line (shown with -X only), no
// warning, no summary, no report. (A directory configured on purpose that holds no model is still warned about:
// ModulesTest.)
build.lacks("[WARNING] netlint")
build.lacks("netlint (no-models)")
build.lineWith("[INFO] --- ", ":check (default) @ no-models ---")
if (new File(basedir, "target/netlint").exists()) {
    build.problems << "target/netlint was written for a module without models"
}
build.contains("BUILD SUCCESS")

return build.verify()
