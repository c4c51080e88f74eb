package dev.netlint.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a reader of the report wants to know about a network at a glance, like Keras' {@code model.summary()}: each
 * layer with its type, activation, output shape and parameters, and the total.
 *
 * @param origin      the file (and archive entry) the network came from
 * @param format      the format it was read as
 * @param layers      one row per layer, in network order
 * @param totalParams sum of the known parameter counts
 */
public record NetworkSummary(Origin origin, String format, List<Row> layers, long totalParams) {

    /** One layer of the summary. */
    public record Row(String name, String type, Optional<String> activation, Optional<List<Long>> shape,
                      OptionalLong params) {
    }

    public NetworkSummary {
        layers = List.copyOf(layers);
    }

    /** A summary of a file known only by how the project shows it (see {@link Origin#shownAs}). */
    public NetworkSummary(String file, String format, List<Row> layers, long totalParams) {
        this(Origin.shownAs(file), format, layers, totalParams);
    }

    public static NetworkSummary of(Origin origin, Network network) {
        List<Row> rows = network.layers().stream().map(l -> new Row(Text.printable(l.name(), 200),
                Text.printable(l.type(), 200), l.activation().map(ActivationKind::label), l.shape(), l.params()))
                .toList();
        long total = network.layers().stream().mapToLong(l -> l.params().orElse(0)).sum();
        return new NetworkSummary(origin, network.format(), rows, total);
    }

    /** The file as console lines show it, an archive entry included; printable. */
    public String file() {
        return origin.shown();
    }
}
