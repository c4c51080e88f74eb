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

    /** The output layer the labels belong to, for a network with several outputs; default: every output. */
    String output;

    /** True when training scaled the inputs outside the model (e.g. pixels by 1/255 in the data pipeline). */
    Boolean inputScaling;

    @Override
    public String toString() {
        return "<model><file>" + file + "</file>" + (labels == null ? "" : "<labels>" + labels + "</labels>")
                + (classes == null ? "" : "<classes>" + classes + "</classes>")
                + (inputScaling == null ? "" : "<inputScaling>" + inputScaling + "</inputScaling>") + "</model>";
    }
}
