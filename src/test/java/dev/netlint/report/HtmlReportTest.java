package dev.netlint.report;

import dev.netlint.engine.LintResult;
import dev.netlint.model.Finding;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @Test
    void summaryRulesAndFindingsByFile() throws IOException {
        String html = render(SarifReportWriterTest.sample());
        assertThat(html).contains("<h2>Summary</h2>", "<h2>Rules</h2>", "<h2>Files</h2>",
                "netlint 0.2.0-test",
                "href=\"https://github.com/netlint/netlint/blob/main/docs/rules/NL102.md\"",
                "sigmoid-multiclass-cross-entropy",
                "models/net.zip!/configuration.json", "models/broken.json",
                "sigmoid activation with multi-class cross-entropy over 2 units; training stalls near chance. "
                        + "Fix: softmax + MCXENT.",
                "41,9");
        // models/mlp.json has 2 errors (NL102, NL401 raised), 0 warnings, 1 info (NL203).
        String compact = html.replaceAll("\\s+", "");
        assertThat(compact).contains("<td><ahref=\"#netlint-file-2\">models/mlp.json</a></td><td>2</td><td>0</td>"
                + "<td>1</td>");
        assertThat(compact).contains("id=\"netlint-file-2\"");
        // Files in order, each with its own table.
        assertThat(html.indexOf("models/broken.json")).isLessThan(html.indexOf("models/mlp.json"));
    }

    @Test
    void namesFromAModelFileAreEscaped() throws IOException {
        Finding hostile = new Finding("NL102", Severity.ERROR, "models/<b>.json", new SourceLocation(1, 1, ""),
                "<script>alert(1)</script>", "p & q", "", "");
        String html = render(new LintResult(List.of(hostile), 1, 0, 1, List.of()));
        assertThat(html).doesNotContain("<script>", "<b>.json").contains("&lt;script&gt;", "p &amp; q");
    }

    @Test
    void saysSoWhenNothingWasChecked() throws IOException {
        String html = render(new LintResult(List.of(), 0, 0, 0, List.of()));
        assertThat(html).contains("No model file was found: nothing was checked.").doesNotContain("<h2>Files</h2>");
    }

    static String render(LintResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        new HtmlReport("0.2.0-test").render(result, sink);
        sink.close();
        return out.toString(StandardCharsets.UTF_8);
    }
}
