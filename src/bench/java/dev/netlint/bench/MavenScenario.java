package dev.netlint.bench;

import java.nio.file.Path;

/** End-to-end {@code mvn verify} of a sample project (to be written). */
final class MavenScenario {

    private final Path out;

    MavenScenario(Path out) {
        this.out = out;
    }

    String run() {
        return "";
    }
}
