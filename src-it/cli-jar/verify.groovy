// Runs the shaded command-line jar (scriptVariables "cliJar") the way a pre-commit hook would: java -jar, a fresh
// JVM, nothing but the jar on the class path. Collects every expectation that does not hold and fails with all.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

Path jar = Paths.get(cliJar)
if (!Files.isRegularFile(jar)) {
    throw new AssertionError("the command-line jar " + jar + " was not built")
}
String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString()
List<String> problems = []

def run = { List<String> args ->
    List<String> command = [java, "-jar", jar.toString()] + args
    Process process = new ProcessBuilder(command).directory(basedir).start()
    String out = process.inputStream.getText("UTF-8")
    String err = process.errorStream.getText("UTF-8")
    int exit = process.waitFor()
    return [exit: exit, out: out, err: err]
}
def expect = { String what, boolean holds, Map result ->
    if (!holds) {
        problems << what + " (exit " + result.exit + ")\n--- stdout:\n" + result.out + "--- stderr:\n" + result.err
    }
}

String seedA = Paths.get(fixtures, "bad-seedA-two-sigmoid-mcxent.json").toString()
String clean = Paths.get(fixtures, "ok-seedA-one-sigmoid-xent.json").toString()
String zip = Paths.get(fixtures, "bad-seedA-two-sigmoid-mcxent.zip").toString()

def bad = run([seedA, zip])
expect("a model with an error exits 1", bad.exit == 1, bad)
expect("the Maven goal's line for NL102", bad.out.contains(":[144,5] NL102 output: sigmoid activation with multi-class cross-entropy"), bad)
expect("positions inside a zip", bad.out.contains("bad-seedA-two-sigmoid-mcxent.zip!/configuration.json:[144,5] NL102"), bad)
expect("the summary line", bad.out.contains("netlint: 2 model files read, 2 networks checked: 2 errors"), bad)
expect("nothing on standard error (no SLF4J warning)", bad.err.isEmpty(), bad)

def ok = run([clean])
expect("a clean model exits 0", ok.exit == 0, ok)

def sarif = run(["--format", "sarif", seedA])
expect("SARIF on standard output", sarif.exit == 1 && sarif.out.contains("\"version\": \"2.1.0\"") && sarif.out.trim().endsWith("}"), sarif)

def labels = run(["--labels", "sparse", "--classes", "4", Paths.get(fixtures, "bad-seedC-one-sigmoid-four-classes.json").toString()])
expect("--labels on one file finds NL201", labels.exit == 1 && labels.out.contains("NL201"), labels)

def usage = run(["--no-such-option", seedA])
expect("a usage error exits 2", usage.exit == 2 && usage.err.contains("unknown option"), usage)

if (problems) {
    throw new AssertionError("" + problems.size() + " expectation(s) failed for the command-line jar:\n  " + problems.join("\n  "))
}
return true
