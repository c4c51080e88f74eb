// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// Nothing to lint: netlint says so (a warning, since it usually means a wrong directory) and the build passes.
build.contains("[WARNING] netlint: no model file found in src/main/resources (includes **/*.json, **/*.zip, **/*.keras, **/*.h5, **/*.hdf5): nothing was checked")
build.contains("[INFO] netlint: 0 model files read, 0 networks checked: 0 errors, 0 warnings, 0 infos")
build.contains("BUILD SUCCESS")

return build.verify()
