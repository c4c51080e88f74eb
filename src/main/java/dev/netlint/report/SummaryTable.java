package dev.netlint.report;

import dev.netlint.model.NetworkSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Keras {@code model.summary()}-like text table of one network, for the console. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static List<String> lines(NetworkSummary network) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Layer (type)", "Activation", "Output shape", "Param #"});
        for (NetworkSummary.Row row : network.layers()) {
            rows.add(new String[] {row.name() + " (" + row.type() + ")", row.activation().orElse(""),
                    row.shape().map(SummaryTable::shape).orElse("?"),
                    row.params().isPresent() ? String.format(Locale.ROOT, "%,d", row.params().getAsLong()) : ""});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(network.file() + " (" + network.format() + ")");
        String rule = "-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + 6);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            lines.add(String.format(Locale.ROOT, "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2]
                    + "s  %" + widths[3] + "s", row[0], row[1], row[2], row[3]).stripTrailing());
            if (r == 0) {
                lines.add(rule);
            }
        }
        lines.add(rule);
        lines.add(String.format(Locale.ROOT, "Total params: %,d", network.totalParams()));
        return lines;
    }

    private static String shape(List<Long> dims) {
        return "(None, " + String.join(", ", dims.stream().map(d -> d < 0 ? "?" : d.toString()).toList()) + ")";
    }
}
