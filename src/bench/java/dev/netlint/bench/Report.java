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
        text.append("| Case | Layers | KiB | netlint warm ms | Jackson floor ms | engine / floor | DL4J warm ms "
                + "| faster, warm | netlint cold ms (CPU) | DL4J cold ms (CPU) | faster, cold "
                + "| netlint peak RSS / heap MiB | DL4J peak RSS MiB | RSS, netlint / DL4J |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> notes = new ArrayList<>();
        for (Bench.CaseRow row : rows) {
            if (!row.group.equals("zoo") && !row.group.equals("keras")) {
                continue;
            }
            text.append("| ").append(row.name).append(" | ").append(row.layers).append(" | ")
                    .append(f0(row.bytes / 1024.0)).append(" | ").append(ms(row.warmMs)).append(" | ")
                    .append(ms(row.floorMs)).append(" | ").append(times(row.warmMs / row.floorMs)).append(" | ")
                    .append(ms(row.dl4jWarmMs)).append(" | ").append(times(row.dl4jWarmMs / row.warmMs)).append(" | ")
                    .append(withCpu(row.coldMs, row.coldCpuMs)).append(" | ")
                    .append(withCpu(row.dl4jColdMs, row.dl4jColdCpuMs)).append(" | ")
                    .append(times(row.dl4jColdMs / row.coldMs)).append(" | ")
                    .append(f0(row.rssMiB)).append(" / ").append(f0(row.heapMiB)).append(" | ")
                    .append(f0(row.dl4jRssMiB)).append(" | ").append(fraction(row.rssMiB / row.dl4jRssMiB)).append(" |\n");
            if (!row.note.isEmpty() && !row.group.equals("keras")) {
                notes.add(row.name + ": " + row.note);
            }
        }
        text.append('\n');

        text.append("### Scaling\n\n");
        text.append("| Case | Layers | Files | MiB | netlint warm ms | µs per layer | ms per file | Jackson floor ms "
                + "| engine / floor | netlint cold ms (CPU) | netlint peak RSS MiB | DL4J warm ms | faster, warm |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.CaseRow row : rows) {
            if (!row.group.equals("layers") && !row.group.equals("files")) {
                continue;
            }
            text.append("| ").append(row.name).append(" | ").append(row.layers).append(" | ")
                    .append(row.files.size()).append(" | ").append(f1(row.bytes / 1048576.0)).append(" | ")
                    .append(ms(row.warmMs)).append(" | ").append(f1(1000 * row.warmMs / row.layers)).append(" | ")
                    .append(f2(row.warmMs / row.files.size())).append(" | ").append(ms(row.floorMs)).append(" | ")
                    .append(times(row.warmMs / row.floorMs)).append(" | ").append(withCpu(row.coldMs, row.coldCpuMs))
                    .append(" | ").append(f0(row.rssMiB)).append(" | ").append(ms(row.dl4jWarmMs)).append(" | ")
                    .append(times(row.dl4jWarmMs / row.warmMs)).append(" |\n");
        }
        text.append('\n');
        if (rows.stream().anyMatch(r -> !Double.isNaN(r.beforeWarmMs))) {
            text.append("### Before and after the engine work\n\n");
            text.append("Warm engine time of netlint at ").append(System.getProperty("bench.beforeRevision", "?"))
                    .append(" (before) and now, same JVM settings and cases, each against the floor measured in its "
                            + "own run.\n\n");
            text.append("| Case | before ms | before / floor | now ms | now / floor | faster |\n");
            text.append("|---|---:|---:|---:|---:|---:|\n");
            for (Bench.CaseRow row : rows) {
                if (Double.isNaN(row.beforeWarmMs)) {
                    continue;
                }
                text.append("| ").append(row.name).append(" | ").append(ms(row.beforeWarmMs)).append(" | ")
                        .append(times(row.beforeWarmMs / row.beforeFloorMs)).append(" | ").append(ms(row.warmMs))
                        .append(" | ").append(times(row.warmMs / row.floorMs)).append(" | ")
                        .append(times(row.beforeWarmMs / row.warmMs)).append(" |\n");
            }
            text.append('\n');
        }
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

    /** Wall time with the process's CPU time in parentheses (all threads: JIT compilers and GC included). */
    static String withCpu(double wall, double cpu) {
        return Double.isNaN(cpu) ? ms(wall) : ms(wall) + " (" + ms(cpu) + ")";
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
