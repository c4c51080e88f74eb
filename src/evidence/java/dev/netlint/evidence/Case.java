package dev.netlint.evidence;

import java.util.List;

/**
 * A rule's flagged configuration and its fixed twin, and the tasks they are trained on. {@code text} says in the
 * file's own vocabulary what differs ("sigmoid(2) + MCXENT vs softmax(2) + MCXENT").
 */
record Case(String rule, String text, List<Task> tasks, Variant flagged, Variant fixed) {

    static Case of(String rule, String text, Variant flagged, Variant fixed, Task... tasks) {
        return new Case(rule, "DL4J: " + text, List.of(tasks), flagged, fixed);
    }
}
