package dev.netlint.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Markdown tables and the verdict on each target. */
final class Report {

    private Report() {
    }

    static String render(String machine, Collection<Bench.CaseRow> rows, String maven, String loadAtEnd) {
        StringBuilder text = new StringBuilder();
        text.append(machine).append("  \n");
        text.append("Load average at the end of the run (1, 5, 15 min): ").append(loadAtEnd).append("\n\n");

        text.append("### DL4J zoo and Keras corpus\n\n");
        text.append("| Case | Layers | KiB | netlint cold ms | netlint warm ms | netlint peak heap MiB "
                + "| netlint peak RSS MiB | DL4J cold ms | DL4J warm ms | DL4J peak RSS MiB | faster, cold "
                + "| faster, warm | RSS, netlint / DL4J | Jackson floor ms | engine / floor |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (Bench.CaseRow row : rows) {
            if (!row.group.equals("zoo") && !row.group.equals("keras")) {
                continue;
            }
            text.append("| ").append(row.name).append(" | ").append(row.layers).append(" | ")
                    .append(f0(row.bytes / 1024.0)).append(" | ").append(ms(row.coldMs)).append(" | ")
                    .append(ms(row.warmMs)).append(" | ").append(f1(row.heapMiB)).append(" | ")
                    .append(f0(row.rssMiB)).append(" | ").append(ms(row.dl4jColdMs)).append(" | ")
                    .append(ms(row.dl4jWarmMs)).append(" | ").append(f0(row.dl4jRssMiB)).append(" | ")
                    .append(times(row.dl4jColdMs / row.coldMs)).append(" | ")
                    .append(times(row.dl4jWarmMs / row.warmMs)).append(" | ")
                    .append(fraction(row.rssMiB / row.dl4jRssMiB)).append(" | ")
                    .append(ms(row.floorMs)).append(" | ").append(times(row.warmMs / row.floorMs)).append(" |\n");
            if (!row.note.isEmpty() && !row.group.equals("keras")) {
                notes.add(row.name + ": " + row.note);
            }
        }
        text.append('\n');

        text.append("### Scaling\n\n");
        text.append("| Case | Layers | Files | MiB | netlint warm ms | µs per layer | ms per file | Jackson floor ms "
                + "| engine / floor | netlint cold ms | netlint peak RSS MiB | DL4J cold ms | DL4J warm ms "
                + "| DL4J peak RSS MiB | faster, warm |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.CaseRow row : rows) {
            if (!row.group.equals("layers") && !row.group.equals("files")) {
                continue;
            }
            text.append("| ").append(row.name).append(" | ").append(row.layers).append(" | ")
                    .append(row.files.size()).append(" | ").append(f1(row.bytes / 1048576.0)).append(" | ")
                    .append(ms(row.warmMs)).append(" | ").append(f1(1000 * row.warmMs / row.layers)).append(" | ")
                    .append(f2(row.warmMs / row.files.size())).append(" | ").append(ms(row.floorMs)).append(" | ")
                    .append(times(row.warmMs / row.floorMs)).append(" | ").append(ms(row.coldMs)).append(" | ")
                    .append(f0(row.rssMiB)).append(" | ").append(ms(row.dl4jColdMs)).append(" | ")
                    .append(ms(row.dl4jWarmMs)).append(" | ").append(f0(row.dl4jRssMiB)).append(" | ")
                    .append(times(row.dl4jWarmMs / row.warmMs)).append(" |\n");
        }
        text.append('\n');
        if (!maven.isEmpty()) {
            text.append(maven).append('\n');
        }
        text.append("### Targets\n\n");
        targets(rows, text);
        if (!notes.isEmpty()) {
            text.append("\nNotes: ").append(String.join("; ", notes)).append('\n');
        }
        return text.toString();
    }

    private static void targets(Collection<Bench.CaseRow> rows, StringBuilder text) {
        Optional<Bench.CaseRow> largestGraph = rows.stream().filter(r -> r.group.equals("zoo"))
                .max((a, b) -> Integer.compare(a.layers, b.layers));
        largestGraph.ifPresent(r -> verdict(text, "warm engine time for the largest zoo graph (" + r.name + ", "
                + r.layers + " layers) < 10 ms", ms(r.warmMs) + " ms", r.warmMs < 10));
        find(rows, "1000 files (zoo mix), ").ifPresent(r -> verdict(text, "1,000 configs < 3 s in one run, "
                + r.threads + " threads", "fresh JVM " + ms(r.coldMs) + " ms, warm " + ms(r.warmMs) + " ms",
                r.coldMs < 3000));
        for (String name : List.of("VGG16", "ResNet50")) {
            find(rows, name).filter(r -> r.group.equals("zoo")).ifPresent(r -> {
                verdict(text, "≥ 100× faster than DL4J on " + name + " (warm)", times(r.dl4jWarmMs / r.warmMs),
                        r.dl4jWarmMs / r.warmMs >= 100);
                verdict(text, "≥ 100× faster than DL4J on " + name + " (cold, fresh JVMs)",
                        times(r.dl4jColdMs / r.coldMs), r.dl4jColdMs / r.coldMs >= 100);
                verdict(text, "≤ 1/10 of DL4J's peak memory on " + name + " (peak RSS)",
                        f0(r.rssMiB) + " / " + f0(r.dl4jRssMiB) + " MiB = " + fraction(r.rssMiB / r.dl4jRssMiB),
                        r.rssMiB * 10 <= r.dl4jRssMiB);
            });
        }
        double worst = 0;
        String worstName = "";
        double worstDl4j = 0;
        double worstKeras = 0;
        for (Bench.CaseRow row : rows) {
            double ratio = row.warmMs / row.floorMs;
            if (Double.isNaN(ratio)) {
                continue;
            }
            if (ratio > worst) {
                worst = ratio;
                worstName = row.name;
            }
            if (row.group.equals("keras")) {
                worstKeras = Math.max(worstKeras, ratio);
            } else {
                worstDl4j = Math.max(worstDl4j, ratio);
            }
        }
        verdict(text, "engine within 4× of the Jackson parse floor, every case", "worst " + times(worst) + " ("
                + worstName + "); DL4J cases up to " + times(worstDl4j) + ", Keras up to " + times(worstKeras),
                worst <= 4);
    }

    private static Optional<Bench.CaseRow> find(Collection<Bench.CaseRow> rows, String prefix) {
        return rows.stream().filter(r -> r.name.startsWith(prefix)).findFirst();
    }

    private static void verdict(StringBuilder text, String target, String measured, boolean met) {
        text.append("- ").append(met ? "**met**" : "**missed**").append(": ").append(target).append(": ")
                .append(measured).append('\n');
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? f0(value) : value >= 10 ? f1(value) : f2(value);
    }

    static String times(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return (value >= 100 ? f0(value) : f1(value)) + "×";
    }

    static String fraction(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return "1/" + f1(1 / value);
    }

    static String f0(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String f1(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String f2(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
