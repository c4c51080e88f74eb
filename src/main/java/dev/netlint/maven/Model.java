package dev.netlint.maven;

/**
 * One {@code <model>} element of the plugin configuration. Maven fills the fields by name; the mojo validates them.
 */
public class Model {

    /** Path or glob relative to the project base directory. */
    String file;

    /** binary, categorical, sparse, multilabel or regression. */
    String labels;

    /** Number of classes, where the label mode has classes. */
    Integer classes;

    @Override
    public String toString() {
        return "<model><file>" + file + "</file><labels>" + labels + "</labels>"
                + (classes == null ? "" : "<classes>" + classes + "</classes>") + "</model>";
    }
}
