package dev.concdemo.demos.io.bench;

/** What bench measures: seed 003's performance01 (latency) or performance02 (requests per second). */
enum Mode {
    LATENCY,
    RPS;

    /** As users type it, and as completion offers it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
