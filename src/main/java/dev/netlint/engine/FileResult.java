package dev.netlint.engine;

import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;

import java.util.List;
import java.util.Optional;

/**
 * What linting one input produced. The engine returns one per input, in input order; everything in it belongs to
 * that input, so nothing downstream has to work out from a file name which input a finding came from.
 *
 * @param input      the file linted
 * @param findings   its findings, before suppressions and the baseline
 * @param read       whether the file held a model
 * @param skipReason why a file found under a source directory was passed over (it holds no model)
 * @param networks   a summary of each network it holds
 * @param sha256     the SHA-256 of exactly the bytes these results come from, when the engine was asked to hash
 *                   them (for the cache); empty otherwise, and for a file the engine could not take in whole
 */
public record FileResult(ModelInput input, List<Finding> findings, boolean read, Optional<String> skipReason,
                         List<NetworkSummary> networks, Optional<String> sha256) {

    public FileResult {
        findings = List.copyOf(findings);
        networks = List.copyOf(networks);
    }

    /** A result whose bytes were not hashed. */
    public FileResult(ModelInput input, List<Finding> findings, boolean read, Optional<String> skipReason,
                      List<NetworkSummary> networks) {
        this(input, findings, read, skipReason, networks, Optional.empty());
    }

    /** A file that was not read: unreadable (its NL000 finding) or passed over. */
    static FileResult unread(ModelInput input, List<Finding> findings, Optional<String> skipReason) {
        return new FileResult(input, findings, false, skipReason, List.of());
    }

    /** The same result, known to come from the bytes whose SHA-256 this is. */
    FileResult hashed(Optional<String> hash) {
        return new FileResult(input, findings, read, skipReason, networks, hash);
    }
}
