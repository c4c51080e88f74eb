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
    static final FormatRegistry REGISTERED = new FormatRegistry(List.of(
            Dl4jFormatReader::new,
            KerasFormatReader::new));

    private final List<Function<ReadSettings, FormatReader>> formats;
    private final List<FormatInfo> infos;

    private FormatRegistry(List<Function<ReadSettings, FormatReader>> formats) {
        this.formats = List.copyOf(formats);
        this.infos = create(ReadSettings.DEFAULTS).stream().map(FormatReader::info).toList();
    }

    /** This list and one more format after it (how a test registers a format of its own). */
    FormatRegistry with(Function<ReadSettings, FormatReader> format) {
        List<Function<ReadSettings, FormatReader>> more = new ArrayList<>(formats);
        more.add(format);
        return new FormatRegistry(more);
    }

    /** A reader of every registered format, made with the run's settings. */
    public static List<FormatReader> readers(ReadSettings settings) {
        return REGISTERED.create(settings);
    }

    public static List<FormatInfo> formats() {
        return REGISTERED.infos;
    }

    /** {@code a DL4J configuration JSON or zip, a Keras model JSON, .keras or .h5 file, or a TensorFlow.js model.json} */
    public static String expectedFiles() {
        return REGISTERED.expected();
    }

    /** {@code DL4J JSON or zip, Keras JSON, .keras, .h5, tfjs model.json} */
    public static String usage() {
        return REGISTERED.usageLine();
    }

    /** The file-name patterns of every format, each once, in registration order. */
    public static List<String> defaultIncludes() {
        return REGISTERED.includes();
    }

    /** {@code *.json, *.zip, *.keras, *.h5 and *.hdf5} */
    public static String searchedFiles() {
        return REGISTERED.searched();
    }

    List<FormatReader> create(ReadSettings settings) {
        return formats.stream().map(format -> format.apply(settings)).toList();
    }

    String expected() {
        List<String> files = new ArrayList<>();
        infos.forEach(format -> files.addAll(format.files()));
        if (files.size() <= 2) {
            return String.join(" or ", files);
        }
        return String.join(", ", files.subList(0, files.size() - 1)) + ", or " + files.get(files.size() - 1);
    }

    String usageLine() {
        return String.join(", ", infos.stream().map(FormatInfo::usage).toList());
    }

    List<String> includes() {
        Set<String> includes = new LinkedHashSet<>();
        infos.forEach(format -> includes.addAll(format.includes()));
        return List.copyOf(includes);
    }

    String searched() {
        List<String> names = includes().stream().map(glob -> glob.substring(glob.lastIndexOf('/') + 1)).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
