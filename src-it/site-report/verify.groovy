// The site page: summary, rules (linked to their pages) and findings by file; the findings do not fail mvn site.
def build = evaluate(new File(itSupport, 'build-log.groovy'))(basedir)
List<String> problems = build.problems
build.contains("BUILD SUCCESS")

File page = new File(basedir, "target/site/netlint.html")
if (!page.isFile()) {
    problems << "mvn site wrote no target/site/netlint.html"
    return build.verify()
}
String html = page.getText("UTF-8")
["<h2>Summary</h2>", "<h2>Rules</h2>", "<h2>Files</h2>",
 "https://github.com/netlint/netlint/blob/main/docs/rules/NL102.md",
 "src/main/resources/models/bad-seedA-two-sigmoid-mcxent.json",
 "src/main/resources/models/seedA-bad.model.json",
 "sigmoid activation with multi-class cross-entropy (LossMCXENT)",
 "sigmoid activation with multi-class cross-entropy (categorical_crossentropy)",
 "sigmoid-multiclass-cross-entropy"].each {
    if (!html.contains(it)) {
        problems << "netlint.html does not contain " + it
    }
}
// Two model files, two networks, one error: NL102 is an error on the DL4J file (DL4J's builder refuses the pair)
// and a note on the Keras one (categorical_crossentropy divides the outputs by their sum).
if (!(html.replaceAll("\\s+", "") =~ /<td>2<\/td><td>2<\/td><td>1<\/td>/)) {
    problems << "the summary does not show 2 files, 2 networks and 1 error"
}
// The site's own index links the page.
File index = new File(basedir, "target/site/project-reports.html")
if (!index.isFile() || !index.getText("UTF-8").contains("netlint.html")) {
    problems << "target/site/project-reports.html does not link netlint.html"
}
return build.verify()
