package dev.netlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlint.model.Finding;
import dev.netlint.model.NetworkSummary;
import dev.netlint.model.Severity;
import dev.netlint.model.SourceLocation;
import dev.netlint.rule.RuleMeta;
import dev.netlint.rule.RuleRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The up-to-date check ({@code netlint.cache}): a file whose bytes are unchanged since the last completed run, linted
 * with the same netlint and the same effective rule configuration, is not read again; its findings, model summary
 * and counts are replayed from the cache file. Keyed on the SHA-256 of the file's content and on everything else
 * that decides its findings: the configuration key (netlint's version and build, every rule's effective severity)
 * and the input's declaration (path shown, labels, whether it was listed).
 * <p>
 * The cache never decides a build: a missing, unreadable, corrupt or foreign cache file is an empty cache, and files
 * netlint could not read (NL000) are never cached, so a transient read problem is retried on the next run.
 */
public final class LintCache {

    static final int FORMAT = 1;
    private static final String UNREADABLE = "NL000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String configurationKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new LinkedHashMap<>();
    /** Files over the read limit are not hashed (nor cached): the engine refuses them without reading them. */
    private final long maxFileBytes;
    private int hits;
    private int misses;

    /**
     * What one file's lint produced.
     *
     * @param sha256   the content it was produced from
     * @param read     whether the file held a model
     * @param skipped  the skipped-file line ({@code path: reason}) when the file held no model
     * @param findings its findings
     * @param networks the summaries of its networks
     */
    record Entry(String sha256, boolean read, Optional<String> skipped, List<Finding> findings,
                 List<NetworkSummary> networks) {
    }

    private LintCache(Path file, String configurationKey, Map<String, Entry> previous, long maxFileBytes) {
        this.file = file;
        this.configurationKey = configurationKey;
        this.previous = previous;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Opens the cache in {@code file}; entries written under another configuration key are dropped.
     *
     * @param configurationKey see {@link #configurationKey}
     */
    public static LintCache open(Path file, String configurationKey) {
        return open(file, configurationKey, Long.MAX_VALUE);
    }

    /**
     * @param maxFileBytes files larger than this are handed to the engine unhashed (it refuses them unread)
     */
    public static LintCache open(Path file, String configurationKey, long maxFileBytes) {
        return new LintCache(file, configurationKey, load(file, configurationKey), maxFileBytes);
    }

    /**
     * Everything outside the file that decides its findings: netlint's version (and, for a snapshot, which build
     * of it), and every rule's effective severity (a rule switched off, or set to another level).
     */
    public static String configurationKey(String toolVersion, SeverityOverrides overrides) {
        StringBuilder key = new StringBuilder("netlint ").append(toolVersion).append(build());
        for (RuleMeta meta : RuleRegistry.metas()) {
            key.append(' ').append(meta.id()).append('=')
                    .append(overrides.effective(meta).map(Severity::label).orElse("off"));
        }
        return key.toString();
    }

    /**
     * The key above plus what the engine's options decide about a file: the read limits and the time limit (a file
     * refused under one limit may read under another), and the user's custom-layer packages together with where
     * their classes come from (a new version of the layer jar changes what is loadable).
     */
    public static String configurationKey(String toolVersion, SeverityOverrides overrides, EngineOptions options) {
        StringBuilder key = new StringBuilder(configurationKey(toolVersion, overrides))
                .append(" limits=").append(options.limits())
                .append(" timeoutPerFile=").append(options.timeoutPerFile())
                .append(" allowedClassPrefixes=").append(options.allowedClassPrefixes());
        if (!options.allowedClassPrefixes().isEmpty()) {
            key.append(" classPath=").append(classPath(options.classLoader()));
        }
        return key.toString();
    }

    /** The jars and folders a class loader reads (a plugin's class realm is a URLClassLoader), with their ages. */
    private static String classPath(ClassLoader loader) {
        if (!(loader instanceof java.net.URLClassLoader urls)) {
            return String.valueOf(loader);
        }
        StringBuilder path = new StringBuilder();
        for (java.net.URL url : urls.getURLs()) {
            path.append(url);
            try {
                Path entry = Path.of(url.toURI());
                if (Files.isRegularFile(entry)) {
                    path.append('@').append(Files.getLastModifiedTime(entry).toMillis())
                            .append('/').append(Files.size(entry));
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException
                     | java.nio.file.FileSystemNotFoundException e) {
                path.append("@?");
            }
            path.append(';');
        }
        return path.toString();
    }

    /** The cache file netlint keeps in a report directory. */
    public static Path fileIn(Path outputDirectory) {
        return outputDirectory.resolve("netlint.cache");
    }

    /**
     * Lints {@code inputs}: files unchanged since the cached run are replayed, the others go to {@code engine} in
     * one call (so the engine can still spread them over threads). The result is the one a full run gives.
     */
    public LintResult lint(List<ModelInput> inputs, Function<List<ModelInput>, LintResult> engine) {
        Map<String, String> hashes = new HashMap<>();
        List<ModelInput> stale = new ArrayList<>();
        List<Entry> replayed = new ArrayList<>();
        for (ModelInput input : inputs) {
            Optional<String> hash = sha256(input.path(), maxFileBytes);
            Entry cached = previous.get(fingerprint(input));
            if (hash.isPresent() && cached != null && cached.sha256().equals(hash.get())) {
                current.put(fingerprint(input), cached);
                replayed.add(cached);
            } else {
                hash.ifPresent(h -> hashes.put(fingerprint(input), h));
                stale.add(input);
            }
        }
        hits = replayed.size();
        misses = stale.size();
        if (stale.isEmpty()) {
            return merge(inputs, new LintResult(List.of(), 0, 0, 0, List.of(), List.of()), replayed);
        }
        LintResult fresh = engine.apply(stale);
        current.putAll(cacheable(fresh, stale, hashes));
        return replayed.isEmpty() ? fresh : merge(inputs, fresh, replayed);
    }

    /** Files whose findings were replayed in the last {@link #lint}. */
    public int hits() {
        return hits;
    }

    /** Files the last {@link #lint} handed to the engine. */
    public int misses() {
        return misses;
    }

    public Path file() {
        return file;
    }

    /** Writes the entries of the last run (and only those: files gone since are forgotten), atomically. */
    public void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("key", configurationKey);
        ObjectNode entries = root.putObject("entries");
        current.forEach((input, entry) -> entries.set(input, write(entry)));
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "netlint", ".cache.tmp");
        try {
            JSON.writeValue(temporary.toFile(), root);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The engine's result for the changed files plus the replayed ones, as one run over all inputs gives it:
     * findings in the engine's order, summaries and skipped files in input order.
     */
    private static LintResult merge(List<ModelInput> inputs, LintResult fresh, List<Entry> replayed) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.putIfAbsent(inputs.get(i).displayPath(), i);
        }
        List<Finding> findings = new ArrayList<>(fresh.findings());
        List<String> skipped = new ArrayList<>(fresh.skipped());
        List<NetworkSummary> networks = new ArrayList<>(fresh.networks());
        int read = fresh.filesRead();
        for (Entry entry : replayed) {
            findings.addAll(entry.findings());
            entry.skipped().ifPresent(skipped::add);
            networks.addAll(entry.networks());
            read += entry.read() ? 1 : 0;
        }
        findings.sort(LintEngine.ORDER);
        skipped.sort(java.util.Comparator.comparingInt(line -> rank(owner(line, order, ": "), order)));
        networks.sort(java.util.Comparator.comparingInt(network -> rank(owner(network.file(), order, "!/"), order)));
        return new LintResult(findings, read, skipped.size(), fresh.networksChecked() + networks.size()
                - fresh.networks().size(), skipped, networks);
    }

    private static int rank(Optional<String> owner, Map<String, Integer> order) {
        return owner.map(order::get).orElse(Integer.MAX_VALUE);
    }

    /**
     * The entries worth keeping from the engine's result for {@code inputs}: findings and summaries belong to the
     * input whose path they name ({@code path} or {@code path!/entry}). A file with an NL000 finding, or whose content
     * could not be hashed, is not kept. When the parts do not add up to the engine's counts, nothing is kept.
     */
    private static Map<String, Entry> cacheable(LintResult result, List<ModelInput> inputs,
                                                Map<String, String> hashes) {
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            byPath.putIfAbsent(inputs.get(i).displayPath(), i);
        }
        Map<String, List<Finding>> findings = new HashMap<>();
        Map<String, List<NetworkSummary>> networks = new HashMap<>();
        Map<String, String> skipped = new HashMap<>();
        int attributed = 0;
        for (Finding finding : result.findings()) {
            Optional<String> owner = owner(finding.file(), byPath, "!/");
            owner.ifPresent(path -> findings.computeIfAbsent(path, k -> new ArrayList<>()).add(finding));
            attributed += owner.isPresent() ? 1 : 0;
        }
        for (NetworkSummary network : result.networks()) {
            owner(network.file(), byPath, "!/").ifPresent(path ->
                    networks.computeIfAbsent(path, k -> new ArrayList<>()).add(network));
        }
        for (String line : result.skipped()) {
            owner(line, byPath, ": ").ifPresent(path -> skipped.put(path, line));
        }
        int read = 0;
        int summaries = 0;
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (ModelInput input : inputs) {
            String path = input.displayPath();
            List<NetworkSummary> own = networks.getOrDefault(path, List.of());
            List<Finding> ownFindings = findings.getOrDefault(path, List.of());
            read += own.isEmpty() ? 0 : 1;
            summaries += own.size();
            String hash = hashes.get(fingerprint(input));
            if (hash != null && ownFindings.stream().noneMatch(f -> f.ruleId().equals(UNREADABLE))) {
                entries.put(fingerprint(input), new Entry(hash, !own.isEmpty(),
                        Optional.ofNullable(skipped.get(path)), ownFindings, own));
            }
        }
        boolean consistent = read == result.filesRead() && attributed == result.findings().size()
                && skipped.size() == result.filesSkipped() && summaries == result.networks().size()
                && summaries == result.networksChecked() && byPath.size() == inputs.size();
        return consistent ? entries : Map.of();
    }

    /**
     * The input that {@code text} belongs to: {@code text} is its display path, or starts with it followed by
     * {@code separator} ({@code path!/entry} for an archive entry, {@code path: reason} for a skipped file). The
     * longest matching path wins.
     */
    private static Optional<String> owner(String text, Map<String, Integer> byPath, String separator) {
        if (byPath.containsKey(text)) {
            return Optional.of(text);
        }
        for (int at = text.lastIndexOf(separator); at > 0; at = text.lastIndexOf(separator, at - 1)) {
            String candidate = text.substring(0, at);
            if (byPath.containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Everything about an input besides its content that decides its findings. */
    static String fingerprint(ModelInput input) {
        return input.displayPath() + " " + input.labels() + " listed=" + input.listed() + " inputScaling="
                + input.inputScaling();
    }

    private static Optional<String> sha256(Path path, long maxFileBytes) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > maxFileBytes) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Optional.of(HexFormat.of().formatHex(digest.digest(Files.readAllBytes(path))));
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty(); // the engine reports what is wrong with the file
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** For a snapshot build, which build: the size and time of the jar netlint runs from. */
    private static String build() {
        try {
            var source = LintCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return " (" + Files.size(location) + " bytes, " + Files.getLastModifiedTime(location).toMillis() + ")";
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // no build identity: the version alone keys the cache
        }
        return "";
    }

    private static Map<String, Entry> load(Path file, String configurationKey) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("format").asInt() != FORMAT || !configurationKey.equals(root.path("key").asText())) {
                return Map.of();
            }
            Map<String, Entry> entries = new HashMap<>();
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) () -> root.path("entries").fields()) {
                entries.put(field.getKey(), read(field.getValue()));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a corrupt or foreign cache is an empty one
        }
    }

    private static ObjectNode write(Entry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sha256", entry.sha256());
        node.put("read", entry.read());
        entry.skipped().ifPresent(reason -> node.put("skipped", reason));
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : entry.findings()) {
            ObjectNode f = findings.addObject();
            f.put("ruleId", finding.ruleId());
            f.put("severity", finding.severity().name());
            f.put("file", finding.file());
            f.put("line", finding.location().line());
            f.put("column", finding.location().column());
            f.put("pointer", finding.location().pointer());
            f.put("element", finding.element());
            f.put("problem", finding.problem());
            f.put("cost", finding.cost());
            f.put("fix", finding.fix());
        }
        ArrayNode networks = node.putArray("networks");
        for (NetworkSummary network : entry.networks()) {
            ObjectNode n = networks.addObject();
            n.put("file", network.file());
            n.put("format", network.format());
            n.put("totalParams", network.totalParams());
            ArrayNode rows = n.putArray("layers");
            for (NetworkSummary.Row row : network.layers()) {
                ObjectNode r = rows.addObject();
                r.put("name", row.name());
                r.put("type", row.type());
                row.activation().ifPresent(a -> r.put("activation", a));
                row.shape().ifPresent(shape -> shape.forEach(r.putArray("shape")::add));
                if (row.params().isPresent()) {
                    r.put("params", row.params().getAsLong());
                }
            }
        }
        return node;
    }

    private static Entry read(JsonNode node) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : node.path("findings")) {
            findings.add(new Finding(text(f, "ruleId"), Severity.valueOf(text(f, "severity")), text(f, "file"),
                    new SourceLocation(f.path("line").asInt(), f.path("column").asInt(), text(f, "pointer")),
                    text(f, "element"), text(f, "problem"), text(f, "cost"), text(f, "fix")));
        }
        List<NetworkSummary> networks = new ArrayList<>();
        for (JsonNode n : node.path("networks")) {
            List<NetworkSummary.Row> rows = new ArrayList<>();
            for (JsonNode r : n.path("layers")) {
                Optional<List<Long>> shape = Optional.empty();
                if (r.has("shape")) {
                    List<Long> dims = new ArrayList<>();
                    r.get("shape").forEach(d -> dims.add(d.asLong()));
                    shape = Optional.of(List.copyOf(dims));
                }
                rows.add(new NetworkSummary.Row(text(r, "name"), text(r, "type"),
                        Optional.ofNullable(r.get("activation")).map(JsonNode::asText), shape,
                        r.has("params") ? OptionalLong.of(r.get("params").asLong()) : OptionalLong.empty()));
            }
            networks.add(new NetworkSummary(text(n, "file"), text(n, "format"), rows, n.path("totalParams").asLong()));
        }
        return new Entry(text(node, "sha256"), node.path("read").asBoolean(),
                Optional.ofNullable(node.get("skipped")).map(JsonNode::asText), findings, networks);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("cache entry without " + field);
        }
        return value.asText();
    }
}
