// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)

// One line per rule: id, severity, summary, page; levels from <checks> with their default.
build.lineWith("[INFO] netlint: ", " rules (id, severity, summary, page)")
build.lineWith("[INFO] NL102  error ", "https://github.com/netlint/netlint/blob/main/docs/rules/NL102.md")
build.lineWith("[INFO] NL401  error (default warning) ", "/docs/rules/NL401.md")
build.lineWith("[INFO] NL403  off (default warning) ", "/docs/rules/NL403.md")
build.lineWith("[INFO] NL501  warning ", "/docs/rules/NL501.md")
build.contains("BUILD SUCCESS")
build.lacks("model files read")

return build.verify()
