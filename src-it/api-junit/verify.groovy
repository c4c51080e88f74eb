// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// The sigmoid head fails its test with the netlint findings (rule id, layer, problem, fix; no JSON position); the
// softmax twin passes. netlint ran as a plain library: no plugin goal in this build.
build.contains("netlint found 2 errors in the MultiLayerConfiguration:")
build.contains("  NL102 layer 'output': sigmoid activation with multi-class cross-entropy (LossMCXENT)")
build.contains("  NL201 layer 'output': declared categorical labels, but the head is nOut = 3 with Activation.SIGMOID")
build.contains("Fix: ")
build.lacks("MultiLayerConfiguration:[")
build.contains("Tests run: 2, Failures: 1, Errors: 0, Skipped: 0")
build.contains("ClassifierConfigurationTest.sigmoidHeadWithMulticlassCrossEntropy")
build.lacks("ClassifierConfigurationTest.softmaxHeadIsSound:")
build.lacks("netlint:check")
build.contains("BUILD FAILURE")

return build.verify()
