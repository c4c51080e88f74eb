package dev.netlint.model;

/** Which family of frameworks wrote a file: fix hints speak that framework's API. */
public enum Framework {
    DL4J,
    KERAS
}
