package dev.netlint.engine;

import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule id as users write it in {@code <checks>} or in a suppression: an exact id ({@code NL102}) or a family
 * wildcard. {@code NL4*} matches every id that starts with {@code NL4}. XML element names cannot hold a {@code *}, so
 * {@code <checks>} in a pom spells the same wildcard {@code NL4xx}: each trailing {@code x} stands for one digit.
 * Only registered ids count: an unknown id, or a wildcard that matches no rule, is a configuration error.
 *
 * @param text     what the user wrote, trimmed and upper-cased
 * @param prefix   the literal start every matching id has (the whole id when exact)
 * @param length   the length of a matching id, or -1 for any length ({@code *})
 * @param wildcard false for an exact id
 */
public record RuleIdPattern(String text, String prefix, int length, boolean wildcard) {

    private static final Pattern DIGIT_WILDCARD = Pattern.compile("(NL\\d*)(X+)");

    /**
     * Parses one rule id or wildcard and checks it against the registry.
     *
     * @param where how the message names the place the id came from, e.g. {@code <checks>}
     * @throws IllegalArgumentException for an unknown id or a wildcard that matches no registered rule
     */
    public static RuleIdPattern parse(String raw, String where) {
        String text = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        RuleIdPattern pattern;
        Matcher digits = DIGIT_WILDCARD.matcher(text);
        if (text.endsWith("*") && text.indexOf('*') == text.length() - 1) {
            pattern = new RuleIdPattern(text, text.substring(0, text.length() - 1), -1, true);
        } else if (digits.matches()) {
            pattern = new RuleIdPattern(text, digits.group(1), text.length(), true);
        } else {
            pattern = new RuleIdPattern(text, text, text.length(), false);
        }
        if (!pattern.wildcard && RuleRegistry.meta(text).isEmpty()) {
            throw new IllegalArgumentException("unknown rule id " + ConfigText.quote(raw) + " in " + where
                    + "; known ids: "
                    + knownIds());
        }
        if (pattern.wildcard && pattern.matching().isEmpty()) {
            throw new IllegalArgumentException(ConfigText.quote(raw) + " in " + where + " matches no rule; a "
                    + "wildcard names a "
                    + "family by the start of its ids (NL4* or NL4xx for every NL4 rule); known ids: " + knownIds());
        }
        return pattern;
    }

    public boolean matches(String id) {
        return id.startsWith(prefix) && (length < 0 || id.length() == length);
    }

    /** The registered rules this pattern names. */
    public List<RuleMeta> matching() {
        return RuleRegistry.metas().stream().filter(meta -> matches(meta.id())).toList();
    }

    /** How narrowly the pattern names rules: an exact id beats every wildcard, a longer prefix a shorter one. */
    public int specificity() {
        return wildcard ? prefix.length() : Integer.MAX_VALUE;
    }

    private static String knownIds() {
        return String.join(", ", RuleRegistry.metas().stream().map(RuleMeta::id).toList());
    }
}
