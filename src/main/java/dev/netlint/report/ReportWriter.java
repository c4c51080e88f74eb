package dev.netlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlint.engine.LintResult;
import dev.netlint.engine.ResultJson;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes one run's result in one machine-readable format. One implementation per format. */
public interface ReportWriter {

    /** Writes the report; leaves {@code out} open, the caller owns it. */
    void write(LintResult result, ReportContext context, Writer out) throws IOException;

    /** Default file name of the report, e.g. {@code netlint.sarif}. */
    String fileName();

    /** Name users select the format by, e.g. {@code sarif}. */
    String format();

    /**
     * The writers for a comma-separated list such as {@code sarif,json}; empty or {@code none} for none.
     *
     * @throws IllegalArgumentException for an unknown format
     */
    static List<ReportWriter> forFormats(String formats) {
        List<ReportWriter> writers = new ArrayList<>();
        if (formats == null) {
            return writers;
        }
        for (String format : formats.split(",")) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "", "none" -> { }
                case "sarif" -> writers.add(new SarifReportWriter());
                case "json" -> writers.add(new JsonReportWriter());
                default -> throw new IllegalArgumentException("unknown report format '" + format.trim()
                        + "' in formats; use sarif, json or none");
            }
        }
        return writers;
    }

    /**
     * Prints a JSON tree the way every netlint report is printed: two-space indent and LF whatever the platform,
     * so that reports diff cleanly and are byte-identical across CI runners.
     */
    static void printJson(JsonNode tree, Writer out) throws IOException {
        ResultJson.print(tree, out);
    }
}
