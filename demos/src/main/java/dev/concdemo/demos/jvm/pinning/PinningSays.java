package dev.concdemo.demos.jvm.pinning;

/** What the two-carrier child ({@link TwoCarriers}) tells its parent, besides its plain lines. */
sealed interface PinningSays {
    /**
     * {@code tasks} virtual threads blocking {@code where} took {@code ms}, at most
     * {@code mostAtOnce} inside their block together; JFR saw {@code pinnedEvents}.
     */
    record Row(String where, int carriers, int tasks, long ms, int mostAtOnce, long pinnedEvents)
            implements PinningSays {}
}
