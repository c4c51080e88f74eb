package dev.netlint.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Orders graph nodes so that every node follows its inputs (Kahn's algorithm, linear in nodes and edges). */
public final class Topology {

    private Topology() {
    }

    /**
     * @param nodes  nodes in declaration order
     * @param name   a node's unique name
     * @param inputs names of a node's inputs; names of no node are ignored
     * @return the nodes in topological order; nodes on a cycle, and second nodes of a duplicated name (a broken
     *         file, which rules report), keep their declaration order at the end
     */
    public static <T> List<T> order(List<T> nodes, Function<T, String> name, Function<T, List<String>> inputs) {
        Map<String, T> byName = new LinkedHashMap<>();
        List<T> duplicates = new ArrayList<>();
        for (T node : nodes) {
            if (byName.putIfAbsent(name.apply(node), node) != null) {
                duplicates.add(node);
            }
        }
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> consumers = new HashMap<>();
        for (T node : byName.values()) {
            int known = 0;
            for (String input : inputs.apply(node)) {
                if (byName.containsKey(input)) {
                    consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(name.apply(node));
                    known++;
                }
            }
            pending.put(name.apply(node), known);
        }
        Deque<String> ready = new ArrayDeque<>();
        byName.keySet().stream().filter(n -> pending.get(n) == 0).forEach(ready::add);
        List<T> ordered = new ArrayList<>(byName.size());
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (!ready.isEmpty()) {
            String next = ready.poll();
            ordered.add(byName.get(next));
            placed.add(next);
            for (String consumer : consumers.getOrDefault(next, List.of())) {
                if (pending.merge(consumer, -1, Integer::sum) == 0) {
                    ready.add(consumer);
                }
            }
        }
        byName.forEach((n, node) -> {
            if (!placed.contains(n)) {
                ordered.add(node);
            }
        });
        ordered.addAll(duplicates);
        return ordered;
    }
}
