package dev.netlint.read;

import java.util.List;

/**
 * How a format is named to users.
 *
 * @param name     the framework family in messages ({@code DL4J})
 * @param usage    the files it reads, tersely, for the CLI usage ({@code DL4J JSON or zip})
 * @param files    the kinds of file it reads, each as the "expected ..." text of an unreadable file names it
 *                 ({@code a DL4J configuration JSON or zip})
 * @param includes the file-name patterns a directory search takes for it ({@code **}{@code /*.json})
 */
public record FormatInfo(String name, String usage, List<String> files, List<String> includes) {

    public FormatInfo {
        files = List.copyOf(files);
        includes = List.copyOf(includes);
    }
}
