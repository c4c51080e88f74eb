package dev.netlint.read.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.read.ArchiveLayout;
import dev.netlint.read.FormatInfo;
import dev.netlint.read.FormatReader;
import dev.netlint.read.JsonParsing;
import dev.netlint.read.JsonSource;
import dev.netlint.read.ParsedJson;
import dev.netlint.read.ReadException;
import dev.netlint.read.ReadOutcome;
import dev.netlint.read.ReadSettings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Keras family: {@code model.to_json()}, the {@code config.json} of a Keras 3 {@code .keras} archive, the
 * attributes of an {@code .h5} file, and TensorFlow.js {@code model.json} ({@link KerasReader}).
 */
public final class KerasFormatReader implements FormatReader {

    private static final String CONFIG_ENTRY = "config.json";

    private static final FormatInfo INFO = new FormatInfo("Keras", "Keras JSON, .keras, .h5, tfjs model.json",
            List.of("a Keras model JSON, .keras or .h5 file", "a TensorFlow.js model.json"),
            List.of("**/*.json", "**/*.keras", "**/*.h5", "**/*.hdf5"));

    private static final ArchiveLayout ARCHIVE = new ArchiveLayout("Keras", CONFIG_ENTRY,
            List.of(CONFIG_ENTRY, "metadata.json", "model.weights.h5", "model.weights.npz"), List.of("assets/"),
            List.of("model.weights.h5", "model.weights.npz"));

    private final KerasReader reader = new KerasReader();

    public KerasFormatReader(ReadSettings settings) {
        // Keras files name no class netlint would load: nothing in the settings concerns them.
    }

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Optional<ArchiveLayout> archiveLayout() {
        return Optional.of(ARCHIVE);
    }

    @Override
    public Optional<ReadOutcome> readContainer(byte[] bytes, JsonParsing json) throws ReadException {
        if (!Hdf5Attributes.isHdf5(bytes)) {
            return Optional.empty();
        }
        Hdf5Attributes attributes = Hdf5Attributes.read(bytes);
        if (attributes.modelConfig().isEmpty()) {
            return Optional.of(new ReadOutcome.NotAModel("HDF5 file without a model_config attribute (weights only)"));
        }
        Optional<JsonNode> training = Optional.empty();
        try {
            if (attributes.trainingConfig().isPresent()) {
                training = Optional.of(json.tree(attributes.trainingConfig().get().getBytes(StandardCharsets.UTF_8)));
            }
            byte[] config = attributes.modelConfig().get().getBytes(StandardCharsets.UTF_8);
            JsonNode root = json.tree(config);
            Optional<KerasReader.Sniffed> sniffed = KerasReader.sniff(root);
            if (sniffed.isEmpty() || sniffed.get() instanceof KerasReader.Rejected) {
                return Optional.of(new ReadOutcome.NotAModel(sniffed.map(s -> ((KerasReader.Rejected) s).reason())
                        .orElse("HDF5 model_config that is not a Keras model")));
            }
            return Optional.of(reader.read((KerasReader.Document) sniffed.get(), json.locations(config),
                    "model_config", training.filter(JsonNode::isObject)));
        } catch (ReadException e) {
            throw new ReadException(e.location(), "in the HDF5 attributes: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ReadOutcome> read(ParsedJson parsed, JsonSource source) throws ReadException {
        Optional<KerasReader.Sniffed> sniffed = KerasReader.sniff(parsed.root());
        if (sniffed.isEmpty()) {
            return Optional.empty();
        }
        if (sniffed.get() instanceof KerasReader.Rejected rejected) {
            return Optional.of(new ReadOutcome.NotAModel(rejected.reason()));
        }
        return Optional.of(reader.read((KerasReader.Document) sniffed.get(), parsed.locations(), source.entry(),
                Optional.empty()));
    }
}
