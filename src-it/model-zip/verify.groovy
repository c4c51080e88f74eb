// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// A ModelSerializer zip: the finding names the configuration.json inside the zip and fails the build.
build.contains("[ERROR] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.zip!/configuration.json:[144,5] NL102 output: "
        + "sigmoid activation with multi-class cross-entropy (LossMCXENT), nOut = 2")
build.contains("[INFO] netlint (model-zip): 1 model file read, 1 network checked: 1 error, ")
build.contains("BUILD FAILURE")

return build.verify()
