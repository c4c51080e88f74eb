// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// Seed C: the 1-unit sigmoid head declared as 4 sparse classes fails with NL201 (label mode) and NL202 (class count),
// both on the output layer; its softmax twin, undeclared, only gets infos.
String bad = "src/main/resources/models/bad-seedC-one-sigmoid-four-classes.json:["
build.lineWith("[ERROR] " + bad, " NL201 output: declared sparse labels, but the head is nOut = 1 with Activation.SIGMOID")
build.lineWith("[ERROR] " + bad, " NL202 output: declared 4 classes, but the output has nOut = 1")
build.noLineWith("[ERROR] src/main/resources/models/ok-seedC-softmax-four.json", " NL")
build.noLineWith("[WARNING] src/main/resources/models/ok-seedC-softmax-four.json", " NL")
build.contains("[INFO] netlint (label-mismatch): 2 model files read, 2 networks checked: 2 errors, 0 warnings, ")
build.contains("BUILD FAILURE")

return build.verify()
