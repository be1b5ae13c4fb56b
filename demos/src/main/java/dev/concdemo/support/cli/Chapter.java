package dev.concdemo.support.cli;

/** The chapters of the catalogue, in the order of SCENARIOS.md. */
public enum Chapter {
    CATALOGUE("0", "The catalogue itself"),
    PROCESSES("1", "Processes"),
    THREADS("2", "Threads and synchronization"),
    CPU("3", "CPU-bound work and the GIL"),
    COROUTINES("4", "Coroutines and async"),
    IO("5", "IO models and the fib service"),
    OS("6", "Operating-system theory");

    private final String number;
    private final String title;

    Chapter(String number, String title) {
        this.number = number;
        this.title = title;
    }

    /** "2". */
    public String number() {
        return number;
    }

    /** "2. Threads and synchronization". */
    public String heading() {
        return number + ". " + title;
    }
}
