// The aggregate: one SARIF run at the root covering app and lib, paths relative to the root, valid against the
// SARIF 2.1.0 schema (../shared/schemas, skipped with a warning where absent) and meeting GitHub's requirements
// (dev.netlint.report.GithubSarifRequirements, from netlint's test classes).
import com.fasterxml.jackson.databind.ObjectMapper
import dev.netlint.report.GithubSarifRequirements
import dev.netlint.report.SarifSchema

def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems

// Both builds write to the same build.log: build 1 passes, build 2 fails on the modules' errors.
build.contains("BUILD SUCCESS")
build.contains("BUILD FAILURE")
build.lineWith("[INFO] netlint: 2 modules merged, 4 model files: ", "Reports: target/netlint/netlint.sarif, target/netlint/netlint.json")
// The aggregate ran once per build, at the root, after every module's check; in build 2 too, although modules failed.
if (build.lines.count { it.contains(":aggregate (default-cli) @ ") } != 2) {
    problems << "the aggregate goal did not run once in each of the two builds"
}
if (build.lines.count { it.startsWith("[INFO] netlint: 2 modules merged, 4 model files: ") } != 2) {
    problems << "the aggregate did not merge app and lib in each of the two builds"
}
build.lineWith("[INFO] --- ", ":aggregate (default-cli) @ aggregate-reactor ---")

File sarifFile = new File(basedir, "target/netlint/netlint.sarif")
File jsonFile = new File(basedir, "target/netlint/netlint.json")
if (!sarifFile.isFile() || !jsonFile.isFile()) {
    problems << "no target/netlint/netlint.sarif and netlint.json at the root"
    return build.verify()
}
def sarif = new ObjectMapper().readTree(sarifFile)
GithubSarifRequirements.violations(sarif).each { problems << "GitHub requirement: " + it }
def run = sarif.path("runs").path(0)
if (run.path("automationDetails").path("id").asText() != "netlint/") {
    problems << "automationDetails.id is not netlint/: " + run.path("automationDetails")
}
String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()
if (base != basedir.toPath().toAbsolutePath().normalize().toUri().toString()) {
    problems << "%SRCROOT% is " + base + ", not the root " + basedir.toURI()
}
def uris = run.path("results").collect {
    it.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
} as Set
["app/src/main/models/seedA-bad.model.json", "app/src/main/models/bad-dropout-retain-02.json",
 "lib/src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json",
 "lib/src/main/resources/models/ok-seedA-with-normalizer.zip"].each {
    if (!uris.contains(it)) {
        problems << "no result for " + it + " in " + uris
    }
}
uris.each {
    if (!it.startsWith("app/") && !it.startsWith("lib/")) {
        problems << "a result outside app/ and lib/: " + it
    }
    if (!new File(basedir, it).isFile()) {
        problems << "a result's uri does not resolve from the root: " + it
    }
}
def ruleIds = run.path("results").collect { it.path("ruleId").asText() } as Set
["NL102", "NL401"].each {
    if (!ruleIds.contains(it)) {
        problems << "no " + it + " result in the aggregate"
    }
}

def json = new ObjectMapper().readTree(jsonFile)
if (json.path("modules").collect { it.asText() } != ["app", "lib"]) {
    problems << "netlint.json modules are " + json.path("modules") + ", expected [app, lib]"
}
if (json.path("summary").path("errors").asInt() < 2) {
    problems << "netlint.json counts fewer than 2 errors: " + json.path("summary")
}

def schema = SarifSchema.load(new File(sharedDir).toPath())
if (schema.isPresent()) {
    schema.get().validate(sarif).each { problems << "SARIF schema: " + it }
} else {
    println("WARNING: " + sharedDir + "/schemas absent: the aggregate's SARIF was not validated against the schema")
}
return build.verify()
