package dev.concdemo.demos.sync.prodcons;

/** --stop: how the consumers are told to stop, by poison pills or by JoinableQueue.join(). */
enum Stop {
    PILL,
    JOIN;

    /** As users type it, and as completion offers it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
