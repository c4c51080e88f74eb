package dev.netlint.maven;

import dev.netlint.report.RuleCatalog;
import dev.netlint.rule.RuleRegistry;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the rule catalog: every rule's id, severity, summary and page. Needs no project
 * ({@code mvn dev.netlint:netlint-maven-plugin:rules}); inside one, the levels set in {@code <checks>} are shown next
 * to the defaults.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractNetlintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        RuleCatalog.lines(RuleRegistry.metas(), overrides()::effective).forEach(getLog()::info);
    }
}
