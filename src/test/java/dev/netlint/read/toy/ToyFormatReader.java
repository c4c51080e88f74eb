package dev.netlint.read.toy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.model.Framework;
import dev.netlint.model.Layer;
import dev.netlint.model.LayerKind;
import dev.netlint.model.Network;
import dev.netlint.model.ReadFact;
import dev.netlint.read.FormatInfo;
import dev.netlint.read.FormatReader;
import dev.netlint.read.JsonSource;
import dev.netlint.read.ParsedJson;
import dev.netlint.read.ReadOutcome;
import dev.netlint.read.ReadSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A format that exists only in tests, written by following CONTRIBUTING.md: one package, one class implementing
 * {@link FormatReader}. A toy file is {@code {"toyLayers": [{"name": ..., "units": ...}, ...]}}.
 */
public final class ToyFormatReader implements FormatReader {

    private static final FormatInfo INFO = new FormatInfo("Toy", "toy JSON", List.of("a toy model JSON"),
            List.of("**/*.json", "**/*.toy"));

    public ToyFormatReader(ReadSettings settings) {
        // a toy file names no classes: nothing in the settings concerns it
    }

    @Override
    public FormatInfo info() {
        return INFO;
    }

    @Override
    public Optional<ReadOutcome> read(ParsedJson parsed, JsonSource source) {
        JsonNode layers = parsed.root().get("toyLayers");
        if (layers == null || !layers.isArray()) {
            return Optional.empty();
        }
        List<Layer> mapped = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < layers.size(); i++) {
            String name = layers.get(i).path("name").asText("layer" + i);
            Layer.Builder layer = Layer.builder(name, "ToyDense", LayerKind.DENSE,
                    parsed.locations().at("/toyLayers/" + i));
            if (previous != null) {
                layer.inputs(List.of(previous));
            }
            mapped.add(layer.build());
            previous = name;
        }
        Network network = new Network(Framework.KERAS, "toy model", parsed.locations().at(""), mapped,
                previous == null ? List.of() : List.of(previous), Network.Facts.NONE, Optional.empty());
        List<ReadFact> facts = new ArrayList<>();
        parsed.locations().trailingValue().ifPresent(at -> facts.add(new ReadFact.IgnoredTrailingValue(at,
                "toy model")));
        return Optional.of(new ReadOutcome.Models("toy model", source.entry(), List.of(network), facts));
    }
}
