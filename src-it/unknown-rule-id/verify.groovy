// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// A rule id that does not exist in <checks> is a configuration error, reported before any model is read.
build.contains("unknown rule id 'NL999' in <checks>; known ids: NL000, ")
build.contains("BUILD FAILURE")
build.lacks("model files read")
build.lacks("model file read")

return build.verify()
