package dev.netlint.maven;

import dev.netlint.engine.Baseline;
import dev.netlint.engine.InputCollector;
import dev.netlint.engine.LintRequest;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ToolVersion;
import dev.netlint.report.HtmlReport;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The netlint page of {@code mvn site} ({@code netlint.html}): the summary, the rules that fired and the findings
 * file by file, from the same configuration as {@code check} (the baseline and suppressions included). Declared in
 * {@code <reporting>}; {@code mvn netlint:report} writes the page alone, without the site's skin. It never fails
 * the build on findings: that is {@code check}'s job.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractLintMojo implements MavenReport {

    static final String OUTPUT_NAME = "netlint";

    /** Where the page goes when the goal runs alone; {@code mvn site} sets its own directory. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("netlint: skipped (netlint.skip)");
            return;
        }
        File page = new File(reportOutputDirectory, getOutputName() + ".html");
        try {
            Files.createDirectories(reportOutputDirectory.toPath());
            Sink sink = new Xhtml5SinkFactory().createSink(reportOutputDirectory, page.getName());
            try {
                generate(sink, Locale.ROOT);
            } finally {
                sink.close();
            }
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot write " + shown(page.toPath()) + ": " + e.getMessage(),
                    e);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("netlint: report " + shown(page.toPath()));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        new HtmlReport(ToolVersion.get()).render(lint(), sink);
    }

    private LintResult lint() throws MavenReportException {
        try {
            LintRequest request = request().withBaseline(Baseline.load(baselinePath(), shown(baselinePath()),
                    baselineRequired()));
            // The goals' one run path, with check's engine parameters (maxFileSize, allowedClassPrefixes...).
            return run(request, false).result();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            throw new MavenReportException("netlint: " + e.getMessage(), e);
        }
    }

    /** No page for a module without model files (a pom parent, a module of code only). */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        try {
            return !new InputCollector().collect(request()).isEmpty();
        } catch (MojoExecutionException | IllegalArgumentException e) {
            // A misconfiguration: generate() says what is wrong instead of the page silently missing.
            return true;
        }
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "netlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of netlint on the project's neural-network model files: wrong heads, losses, "
                + "initialisers, dropout and learning rates.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }
}
