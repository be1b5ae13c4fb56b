package dev.concdemo.support.cli;

/**
 * The chapters of the catalogue, in the order of SCENARIOS.md, numbered from 0. Their titles and
 * descriptions, in each language, are the catalogue's words (app's {@code Catalogue.properties}).
 */
public enum Chapter {
    CATALOGUE,
    PROCESSES,
    THREADS,
    CPU,
    COROUTINES,
    IO,
    OS,
    JVM;

    /** "2": the chapter's number, its place in this order. */
    public String number() {
        return String.valueOf(ordinal());
    }
}
