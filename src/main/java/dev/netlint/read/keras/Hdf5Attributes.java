package dev.netlint.read.keras;

import dev.netlint.model.SourceLocation;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadErrors;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text attributes Keras keeps on the root group of an .h5 model file ({@code model_config},
 * {@code training_config}, {@code keras_version}). Read with a pure-Java HDF5 reader; datasets (the weights) are
 * never touched.
 */
final class Hdf5Attributes {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final Optional<String> modelConfig;
    private final Optional<String> trainingConfig;

    private Hdf5Attributes(Optional<String> modelConfig, Optional<String> trainingConfig) {
        this.modelConfig = modelConfig;
        this.trainingConfig = trainingConfig;
    }

    static boolean isHdf5(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static Hdf5Attributes read(byte[] bytes) throws ReadException {
        Hdf5Structure.check(bytes);
        try (HdfFile file = HdfFile.fromByteBuffer(ByteBuffer.wrap(bytes))) {
            return new Hdf5Attributes(text(file, "model_config"), text(file, "training_config"));
        } catch (RuntimeException e) {
            throw new ReadException(SourceLocation.START_OF_FILE, "cannot read the HDF5 file: "
                    + ReadErrors.describe(e) + "; expected a Keras .h5 model saved by model.save()");
        }
    }

    Optional<String> modelConfig() {
        return modelConfig;
    }

    Optional<String> trainingConfig() {
        return trainingConfig;
    }

    private static Optional<String> text(HdfFile file, String name) {
        Attribute attribute = file.getAttribute(name);
        if (attribute == null || attribute.isEmpty()) {
            return Optional.empty();
        }
        Object data = attribute.getData();
        if (data instanceof String text) {
            return Optional.of(text);
        }
        if (data instanceof byte[] raw) {
            return Optional.of(new String(raw, StandardCharsets.UTF_8));
        }
        if (data instanceof String[] texts && texts.length > 0) {
            return Optional.of(texts[0]);
        }
        return Optional.empty();
    }
}
