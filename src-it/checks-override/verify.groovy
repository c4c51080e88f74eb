// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// <checks><NL102>warning</NL102></checks>: the seed A finding is logged as a warning and the build passes.
// (NL203, the "no label declaration" rule, is info by default; it must not show up as warning or error either.)
build.contains("[WARNING] src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json:[144,5] NL102 output: sigmoid "
        + "activation with multi-class cross-entropy (LossMCXENT), nOut = 2")
build.noLineWith("[ERROR]", " NL102 ")
build.noLineWith("[ERROR]", " NL203 ")
build.noLineWith("[WARNING]", " NL203 ")
build.contains("[INFO] netlint (checks-override): 1 model file read, 1 network checked: 0 errors, 1 warning, ")
build.contains("BUILD SUCCESS")

return build.verify()
