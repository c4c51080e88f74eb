package dev.netlint.maven;

import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.Properties;

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
    static MavenSession session(Path start) {
        return session(start, null);
    }

    /**
     * A build whose first pom is in {@code pomDirectory}, started in the working directory {@code userDir} (as
     * {@code mvn -f pomDirectory/pom.xml} run from there); none: Maven's {@code user.dir} is not known.
     */
    @SuppressWarnings("deprecation")
    static MavenSession session(Path pomDirectory, Path userDir) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setBaseDirectory(pomDirectory.toFile());
        Properties system = new Properties();
        if (userDir != null) {
            system.setProperty("user.dir", userDir.toString());
        }
        request.setSystemProperties(system);
        return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    }
}
