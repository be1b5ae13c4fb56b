package dev.concdemo.demos.coro.vthreads;

/**
 * What the one-carrier child ({@link OneCarrier}) tells its parent, a {@code ToParent} message
 * each, besides its plain lines.
 */
sealed interface OneCarrierSays {
    /** func1 and func2, sleeping as {@code how} says, were joined after {@code ms}. */
    record Joined(Gevent.Sleep how, long ms) implements OneCarrierSays {}

    /** The 10 ms ticker woke {@code ms} late at worst while a virtual thread computed. */
    record Starved(long ms) implements OneCarrierSays {}

    /** The unsynchronized n += 1 rounds ended with {@code n} in all. */
    record Counted(long n) implements OneCarrierSays {}
}
