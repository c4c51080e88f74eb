// Checks build.log: both fixed Keras models pass, with no error or warning finding and no NL804 (the declared
// input scaling is inside the model).
String log = new File(basedir, "build.log").getText("UTF-8").replaceAll("\u001B\\[[0-9;]*m", "")
List<String> lines = log.readLines()
List<String> problems = []
if (!log.contains("[INFO] netlint (keras-clean): 2 model files read, 2 networks checked: 0 errors, 0 warnings")) {
    problems << "build.log does not contain the clean summary line"
}
if (!log.contains("BUILD SUCCESS")) {
    problems << "build.log does not contain: BUILD SUCCESS"
}
lines.findAll { (it.startsWith("[ERROR]") || it.startsWith("[WARNING]")) && it.contains(" NL") }.each {
    problems << "unexpected finding: " + it
}
if (problems) {
    throw new AssertionError("keras-clean: " + problems.size() + " expectation(s) not met:\n  " + problems.join("\n  "))
}
return true
