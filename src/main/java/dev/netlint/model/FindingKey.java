package dev.netlint.model;

import java.util.Comparator;

/**
 * What identifies a finding across edits that only move lines: the file (project-relative, forward slashes), the
 * rule and the JSON pointer of the element, never a line number. The baseline matches findings by it, and the SARIF
 * report derives its {@code partialFingerprints} from it.
 *
 * @param file    the finding's file as reports name it, an archive entry included ({@code net.zip!/configuration.json})
 * @param ruleId  the rule id
 * @param pointer RFC 6901 pointer of the element, empty for the whole file
 */
public record FindingKey(String file, String ruleId, String pointer) implements Comparable<FindingKey> {

    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::file)
            .thenComparing(FindingKey::ruleId).thenComparing(FindingKey::pointer);

    public FindingKey {
        file = file.replace('\\', '/');
    }

    public static FindingKey of(Finding finding) {
        return new FindingKey(finding.file(), finding.ruleId(), finding.location().pointer());
    }

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }
}
