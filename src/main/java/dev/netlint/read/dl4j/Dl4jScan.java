package dev.netlint.read.dl4j;

import com.fasterxml.jackson.core.JsonFactory;
import dev.netlint.read.JsonDocument;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What a scan without a tree saw of a DL4J configuration.
 *
 * @param scan      positions and the values of the members {@link Dl4jReader#WATCHED}
 * @param arrays    the serialised ND4J arrays that are members of an object, outermost only, in document order
 * @param needsTree an ND4J array the scan cannot judge as the tree's way would (an array element, a shape or
 *                  element count that is no whole number)
 */
record Dl4jScan(JsonDocument.Scan scan, List<ArraySpan> arrays, boolean needsTree) {

    /** Empty for a document whose root is no object or does not start as DL4J writes a configuration. */
    static Optional<Dl4jScan> of(JsonFactory factory, byte[] bytes) throws IOException {
        Nd4jArrayScan arrays = new Nd4jArrayScan();
        return JsonDocument.scanWatched(factory, bytes, Dl4jReader.WATCHED, Dl4jScanCheck.FIRST_MEMBERS, arrays)
                .map(scan -> new Dl4jScan(scan, arrays.arrays(), arrays.needsTree()));
    }
}
