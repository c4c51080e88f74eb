package dev.netlint.read;

import dev.netlint.read.dl4j.Dl4jFormatReader;
import dev.netlint.read.keras.KerasFormatReader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one list of model formats. A new format is a package with a {@link FormatReader} and one line here; every
 * list of formats users see (the "expected ..." text of an unreadable file, the CLI usage, the files a directory
 * search takes) is derived from it.
 */
public final class FormatRegistry {

    /** In the order files are offered to them: a DL4J archive or configuration is recognised first. */
    private static final List<Function<ReadSettings, FormatReader>> FORMATS = List.of(
            Dl4jFormatReader::new,
            KerasFormatReader::new);

    private static final List<FormatInfo> INFOS = readers(ReadSettings.DEFAULTS).stream().map(FormatReader::info)
            .toList();

    private FormatRegistry() {
    }

    /** A reader of every registered format, made with the run's settings. */
    public static List<FormatReader> readers(ReadSettings settings) {
        return FORMATS.stream().map(format -> format.apply(settings)).toList();
    }

    public static List<FormatInfo> formats() {
        return INFOS;
    }

    /** {@code a DL4J configuration JSON or zip, a Keras model JSON, .keras or .h5 file, or a TensorFlow.js model.json} */
    public static String expectedFiles() {
        return expectedFiles(INFOS);
    }

    /** {@code DL4J JSON or zip, Keras JSON, .keras, .h5, tfjs model.json} */
    public static String usage() {
        return String.join(", ", INFOS.stream().map(FormatInfo::usage).toList());
    }

    /** The file-name patterns of every format, each once, in registration order. */
    public static List<String> defaultIncludes() {
        return includes(INFOS);
    }

    /** {@code *.json, *.zip, *.keras, *.h5 and *.hdf5} */
    public static String searchedFiles() {
        List<String> names = defaultIncludes().stream().map(glob -> glob.substring(glob.lastIndexOf('/') + 1))
                .toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String expectedFiles(List<FormatInfo> formats) {
        List<String> files = new ArrayList<>();
        formats.forEach(format -> files.addAll(format.files()));
        if (files.size() <= 2) {
            return String.join(" or ", files);
        }
        return String.join(", ", files.subList(0, files.size() - 1)) + ", or " + files.get(files.size() - 1);
    }

    static List<String> includes(List<FormatInfo> formats) {
        Set<String> includes = new LinkedHashSet<>();
        formats.forEach(format -> includes.addAll(format.includes()));
        return List.copyOf(includes);
    }
}
