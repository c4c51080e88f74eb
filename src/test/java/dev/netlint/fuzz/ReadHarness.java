package dev.netlint.fuzz;

import dev.netlint.model.Finding;
import dev.netlint.model.Network;
import dev.netlint.model.Severity;
import dev.netlint.read.ModelFileReader;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import dev.netlint.rule.Rule;
import dev.netlint.rule.RuleContext;
import dev.netlint.model.Origin;
import dev.netlint.rule.RuleRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every fuzz target checks on one input: the reader either reads it or refuses it with a
 * {@link ReadException} whose message is one line ending in what was expected; anything else it throws is a bug.
 * Every rule then runs on every network read, and none may throw. A finding's text is one printable line.
 */
final class ReadHarness {

    static final ModelFileReader READER = new ModelFileReader();
    static final AtomicLong EXECUTIONS = new AtomicLong();
    static final AtomicLong READ = new AtomicLong();
    static final AtomicLong REFUSED = new AtomicLong();

    private ReadHarness() {
    }

    static void check(byte[] bytes) {
        EXECUTIONS.incrementAndGet();
        ReadOutcome outcome;
        try {
            outcome = READER.read(bytes);
        } catch (ReadException e) {
            REFUSED.incrementAndGet();
            String message = e.getMessage();
            if (message == null || message.isBlank() || !message.contains("expected") || e.location() == null
                    || e.location().line() < 1 || e.location().column() < 1) {
                throw new AssertionError("read error without a position or without what was expected: " + message, e);
            }
            Finding line = new Finding("NL000", Severity.ERROR, "model.json", e.location(), "", message, "", "");
            if (line.consoleLine().contains("\n")) {
                throw new AssertionError("read error on more than one line: " + line.consoleLine());
            }
            return;
        }
        if (outcome instanceof ReadOutcome.Models models) {
            READ.incrementAndGet();
            List<Finding> findings = new ArrayList<>();
            for (Network network : models.networks()) {
                for (Rule rule : RuleRegistry.rules()) {
                    rule.check(network, new RuleContext(rule.meta().id(), rule.meta().severity(), Origin.shownAs("model.json"),
                            Optional.empty(), false, findings));
                }
            }
            for (Finding finding : findings) {
                if (finding.consoleLine().contains("\n")) {
                    throw new AssertionError("finding on more than one line: " + finding.consoleLine());
                }
            }
        }
    }

    /**
     * {@link #check}, and when netlint reads the archive as a model, DL4J's own reader ({@code ZipInputStream} over
     * the local headers) must walk it without an error and meet every name once: netlint reads what DL4J loads.
     */
    static void checkArchive(byte[] bytes) {
        check(bytes);
        ReadOutcome outcome;
        try {
            outcome = READER.read(bytes);
        } catch (ReadException e) {
            return;
        }
        if (!(outcome instanceof ReadOutcome.Models)) {
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                if (!names.add(e.getName())) {
                    throw new AssertionError("netlint read an archive in which DL4J's reader meets '" + e.getName()
                            + "' twice");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new AssertionError("netlint read an archive DL4J's reader fails on: " + e, e);
        }
    }
}
