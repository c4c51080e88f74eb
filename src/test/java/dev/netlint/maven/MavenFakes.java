package dev.netlint.maven;

import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/** Maven's project model and session as Maven hands them to a goal, built by hand for tests. */
final class MavenFakes {

    private MavenFakes() {
    }

    /**
     * A module in {@code directory} with its resource directories (relative, as a pom names them; Maven makes them
     * absolute, and so does this).
     */
    static MavenProject module(Path directory, String artifactId, String packaging, String... resourceDirectories) {
        Model model = new Model();
        model.setGroupId("dev.netlint.test");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging(packaging);
        Build build = new Build();
        build.setDirectory(directory.resolve("target").toString());
        for (String resourceDirectory : resourceDirectories) {
            Resource resource = new Resource();
            resource.setDirectory(directory.resolve(resourceDirectory).toString());
            build.addResource(resource);
        }
        Resource testResources = new Resource();
        testResources.setDirectory(directory.resolve("src/test/resources").toString());
        build.addTestResource(testResources);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(directory.resolve("pom.xml").toFile());
        return project;
    }

    /** A build started in {@code start}; every module's session of one build shares its request. */
    @SuppressWarnings("deprecation")
    static MavenSession session(Path start) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(start.toFile());
        return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    }
}
