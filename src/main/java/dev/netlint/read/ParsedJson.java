package dev.netlint.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * A JSON configuration parsed once for every format reader.
 *
 * @param root      the top-level object
 * @param locations the position of each of its elements
 * @param document  the parse {@code root} came from, with its marks (see {@link FormatReader#watchedMembers()});
 *                  empty when {@code root} was decoded from a JSON string inside the file (json.dump(model.to_json()))
 * @param bytes     the bytes parsed
 */
public record ParsedJson(ObjectNode root, JsonLocations locations, Optional<JsonDocument> document, byte[] bytes) {
}
