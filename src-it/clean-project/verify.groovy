// Expectations on the build.log invoker wrote for this project (src-it/support/build-log.groovy).
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// Two clean models, the first declared binary with 2 classes: the build passes and writes both reports; the SARIF
// report is valid enough for code-scanning tools: version 2.1.0, driver netlint, a level on every result.
build.contains("[INFO] netlint (clean-project): 2 model files read, 2 networks checked: 0 errors, 0 warnings, ")
build.contains("BUILD SUCCESS")
build.noLineWith("[ERROR]", " NL")
build.noLineWith("[WARNING]", " NL")
build.noLineWith("[INFO] src/main/resources/models/ok-seedA-one-sigmoid-xent.json:", " NL203 ")

File sarif = new File(basedir, "target/netlint/netlint.sarif")
File json = new File(basedir, "target/netlint/netlint.json")
[sarif, json].each { File report ->
    if (!report.isFile()) {
        problems << "report " + report + " does not exist"
    }
}
if (sarif.isFile()) {
    def document = new groovy.json.JsonSlurper().parse(sarif)
    if (document.version != "2.1.0") {
        problems << "SARIF version should be 2.1.0 but is " + document.version
    }
    def run = document.runs ? document.runs[0] : null
    if (run?.tool?.driver?.name != "netlint") {
        problems << "SARIF runs[0].tool.driver.name should be netlint but is " + run?.tool?.driver?.name
    }
    if (!(run?.results instanceof List) || run.results.isEmpty()) {
        problems << "SARIF runs[0].results should list the 3 info findings but is " + run?.results
    } else {
        run.results.eachWithIndex { result, int i ->
            if (!(result.level in ["error", "warning", "note", "none"])) {
                problems << "SARIF runs[0].results[" + i + "] (" + result.ruleId + ") should have a level but has "
                        + result.level
            }
        }
    }
}
if (json.isFile()) {
    def report = new groovy.json.JsonSlurper().parse(json)
    if (report.summary?.filesRead != 2) {
        problems << "netlint.json summary.filesRead should be 2 but is " + report.summary?.filesRead
    }
}

return build.verify()
