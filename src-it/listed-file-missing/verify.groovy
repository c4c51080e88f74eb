// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// A <model><file> that matches nothing is a configuration error (a typo would otherwise silently skip the check).
build.contains("netlint: <model><file>models/absent.json</file> matches no file")
build.contains("BUILD FAILURE")
build.lacks("model files read")
build.lacks("model file read")

return build.verify()
