package dev.netlint.read.dl4j;

/**
 * A serialised ND4J array ({@code {dataType, shape, data}}, or the pre-1.0 {@code {dataBuffer, shapeField, ...}}
 * form) found by a scan.
 *
 * @param start   byte offset of its opening brace
 * @param end     byte offset just past its closing brace
 * @param pointer where it is
 * @param length  its element count
 */
public record ArraySpan(int start, int end, String pointer, long length) {
}
