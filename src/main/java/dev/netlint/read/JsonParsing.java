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

    /** The tree only. */
    public JsonNode tree(byte[] bytes) throws ReadException {
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
                    + " characters)");
        }
        return new ReadException(at, "malformed JSON: " + message + "; expected one complete JSON document "
                + "(UTF-8, UTF-16 or UTF-32)");
    }
}
