package dev.netlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.netlint.engine.LintResult;

import java.io.IOException;
import java.io.Writer;

/** Writes one run's result in one machine-readable format. One implementation per format. */
public interface ReportWriter {

    /** Writes the report; leaves {@code out} open, the caller owns it. */
    void write(LintResult result, ReportContext context, Writer out) throws IOException;

    /** Default file name of the report, e.g. {@code netlint.sarif}. */
    String fileName();

    /** Name users select the format by, e.g. {@code sarif}. */
    String format();

    /**
     * Prints a JSON tree the way every netlint report is printed: two-space indent and LF whatever the platform,
     * so that reports diff cleanly and are byte-identical across CI runners.
     */
    static void printJson(JsonNode tree, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(printer);
        writer.writeValue(out, tree);
        out.write('\n');
        out.flush();
    }
}
