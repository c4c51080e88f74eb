// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// NL102 on the seed A output layer (line/column of its "layer" key) is an error and fails the build;
// the default sigmoid stack (NL501) and dropOut(0.2) (NL401) are warnings.
String models = "src/main/resources/models/"
build.contains("[ERROR] " + models + "bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102 output: sigmoid activation with "
        + "multi-class cross-entropy (LossMCXENT), nOut = 2")
build.lineWith("[WARNING] " + models + "bad-default-sigmoid-hidden.json:[", " NL501 dense1: ")
build.lineWith("[WARNING] " + models + "bad-dropout-retain-02.json:[", " NL401 dense1: dropOut(0.2) keeps 20%")
build.lineWith("[WARNING] " + models + "bad-dropout-retain-02.json:[", " NL401 dense2: dropOut(0.2) keeps 20%")
build.contains("[INFO] netlint (failing-seed-cases): 3 model files read, 3 networks checked: 1 error, ")
build.contains("BUILD FAILURE")
build.contains("netlint (failing-seed-cases): 1 finding at or above error (0 allowed)")

return build.verify()
