package dev.netlint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.netlint.model.SourceLocation;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON parsing within the read limits, shared by the dispatcher and the format readers, with malformed or
 * over-limit JSON turned into one {@link ReadException} saying what was expected.
 */
public final class JsonParsing {

    /**
     * One mapper per set of limits for every reader in the JVM (a mapper is thread-safe): its factory's symbol table
     * of member names then outlives a run, so a second run in the same JVM (the next module of a reactor build)
     * starts with the names DL4J and Keras files use already known instead of hashing and interning them again.
     */
    private static final Map<ReadLimits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public JsonParsing(ReadLimits limits) {
        this.limits = limits;
        this.mapper = MAPPERS.computeIfAbsent(limits, JsonParsing::mapper);
        this.factory = mapper.getFactory();
    }

    private static ObjectMapper mapper(ReadLimits limits) {
        JsonFactory jsonFactory = JsonFactory.builder()
                .streamReadConstraints(limits.streamReadConstraints())
                // Python's json module writes NaN and Infinity bare; Keras files can hold them.
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        return JsonMapper.builder(jsonFactory).build();
    }

    public ReadLimits limits() {
        return limits;
    }

    /** The factory, for a format's own scan ({@link JsonDocument#scanWatched}); it raises the parser's exceptions. */
    public JsonFactory factory() {
        return factory;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The tree and the positions, with the objects having a member in {@code watched} marked. */
    public JsonDocument document(byte[] bytes, Set<String> watched) throws ReadException {
        try {
            return JsonDocument.parse(factory, bytes, watched);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The positions only. */
    public JsonLocations locations(byte[] bytes) throws ReadException {
        try {
            return JsonLocations.scan(factory, bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The tree only; a member named twice in one object is refused (see {@link #noRepeatedMember}). */
    public JsonNode tree(byte[] bytes) throws ReadException {
        noRepeatedMember(bytes);
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static ReadException unreadable(IOException e) {
        return new ReadException(SourceLocation.START_OF_FILE, "cannot read the JSON ("
                + ReadErrors.firstLine(String.valueOf(e.getMessage())) + "); expected one JSON document in UTF-8, "
                + "UTF-16 or UTF-32");
    }

    private ReadException malformed(JsonProcessingException e) {
        SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                : new SourceLocation(Math.max(1, e.getLocation().getLineNr()),
                Math.max(1, e.getLocation().getColumnNr()), "");
        String message = ReadErrors.firstLine(String.valueOf(e.getOriginalMessage()))
                .replaceAll("\\[Source: REDACTED \\(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled\\); ", "[");
        if (e instanceof StreamConstraintsException) {
            return new ReadException(at, "the JSON exceeds a read limit: " + message + "; expected a model "
                    + "configuration (nesting below " + limits.maxNestingDepth() + " levels, numbers below "
                    + limits.maxNumberLength() + " digits, strings below " + limits.maxStringLength()
                    + " characters, at most " + limits.maxJsonTokens() + " tokens)");
        }
        return new ReadException(at, "malformed JSON: " + message + "; expected one complete JSON document "
                + "(UTF-8, UTF-16 or UTF-32)");
    }

    /**
     * Refuses a document in which an object names a member twice. Such a member is never read: DL4J's deserialiser
     * takes the first {@code @class} of an object, a JSON tree the last, so netlint would check one configuration
     * while DL4J builds another.
     */
    public void noRepeatedMember(byte[] bytes) throws ReadException {
        try (com.fasterxml.jackson.core.JsonParser parser = factory.createParser(bytes)) {
            parser.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            while (parser.nextToken() != null) {
                // every token: a repeated member at any depth counts
            }
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (!message.startsWith("Duplicate")) {
                return; // malformed JSON: reported where the tree is built
            }
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("'(.*)'|\"(.*)\"").matcher(message);
            String member = name.find() ? (name.group(1) != null ? name.group(1) : name.group(2)) : "?";
            SourceLocation at = e.getLocation() == null ? SourceLocation.START_OF_FILE
                    : new SourceLocation(Math.max(1, e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation().getColumnNr()), "");
            throw new ReadException(at, "member '" + ZipArchive.printable(member) + "' appears twice in one "
                    + "object; DL4J's deserialiser takes the first, a JSON tree the last, so the configuration "
                    + "checked would not be the one loaded; expected every member once, as DL4J and Keras write them");
        } catch (IOException e) {
            // unreadable bytes: reported where the tree is built
        }
    }
}
