package dev.netlint.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report directory, refused when it leads out of the build directory through a symbolic link: a pull request
 * can commit {@code target/netlint} as a link, and the reports (which quote the model) would land where it points.
 * Links to the files themselves are harmless: every file is written beside them and moved over them.
 */
final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * @param output the configured directory (absolute)
     * @param build  the build directory ({@code target})
     * @param shown  the directory as messages name it
     */
    static Path checked(Path output, Path build, String shown) throws MojoExecutionException {
        Path directory = output.toAbsolutePath().normalize();
        Path buildDirectory = build.toAbsolutePath().normalize();
        Path realBuild = realPath(buildDirectory);
        for (Path step = directory; step != null && !step.equals(buildDirectory);
             step = step.startsWith(buildDirectory) ? step.getParent() : null) {
            if (Files.isSymbolicLink(step)) {
                Path target = linkTarget(step);
                if (!target.startsWith(realBuild)) {
                    throw new MojoExecutionException("netlint: the output directory " + shown + " leads through the "
                            + "symbolic link " + step + " to " + target + ", outside the build directory "
                            + buildDirectory + "; netlint writes its reports only inside it. Remove the link (mvn "
                            + "clean) or set outputDirectory to a directory inside the build directory");
                }
            }
        }
        return directory;
    }

    /** Where a link leads, also when its target does not exist (yet): it would be created there. */
    private static Path linkTarget(Path link) throws MojoExecutionException {
        try {
            return realPath(link.getParent().resolve(Files.readSymbolicLink(link)).normalize());
        } catch (IOException e) {
            throw new MojoExecutionException("netlint: cannot read the symbolic link " + link + ": " + e.getMessage(),
                    e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path; // not there yet: created as a plain directory
        }
    }
}
